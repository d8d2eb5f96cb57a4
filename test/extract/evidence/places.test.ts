import { describe, expect, it } from "vitest";
import { countryCode } from "../../../src/extract/evidence/countries.js";
import { isWholePlace, placeScore, readPlace } from "../../../src/extract/evidence/places.js";
import { weighPhrase } from "../../../src/extract/evidence/phrase-evidence.js";
import { extractSource } from "../../support/extract.js";

const fields = (text: string) => {
  const place = readPlace(text);
  return place && { city: place.city, region: place.region, countryCode: place.countryCode };
};

describe("countryCode", () => {
  it("knows country names in the languages CVs are written in", () => {
    expect(["Deutschland", "Brasil", "Türkiye", "Polska", "Россия", "日本", "United States of America", "England"].map(countryCode)).toEqual(["DE", "BR", "TR", "PL", "RU", "JP", "US", "GB"]);
  });

  it("knows the Serbian, Croatian and Czech names of countries, in both scripts", () => {
    expect(["Srbija", "Србија", "Hrvatska", "Švajcarska", "Česko"].map(countryCode)).toEqual(["RS", "RS", "HR", "CH", "CZ"]);
  });

  it("takes no two-letter word for a country but US and UK", () => {
    expect(countryCode("IN")).toBeUndefined();
    expect(countryCode("UK")).toBe("GB");
  });
});

describe("readPlace", () => {
  it("reads the country set after a ZIP code with no comma before it", () => {
    expect(fields("12 Harbour Road, East Lansing, MI 48824 U.S.A.")).toEqual({ city: "East Lansing", region: "MI", countryCode: "US" });
    expect(fields("Austin, TX 78701 USA")).toEqual({ city: "Austin", region: "TX", countryCode: "US" });
  });

  it("reads a city and a named country", () => {
    expect(fields("Lagos, Nigeria")).toEqual({ city: "Lagos", region: undefined, countryCode: "NG" });
  });

  it("reads city, region and country as written", () => {
    expect(fields("Anápolis, Goiás, Brazil")).toEqual({ city: "Anápolis", region: "Goiás", countryCode: "BR" });
    expect(fields("Springfield, Lakeland, Italy")).toEqual({ city: "Springfield", region: "Lakeland", countryCode: "IT" });
  });

  it("takes the name a postcode follows for the town, though a region shares it, and the code a ZIP follows for the state", () => {
    expect(fields("Wills Memorial Building, Queens Road, Bristol BS8 1RJ, UK")).toEqual({ city: "Bristol", region: undefined, countryCode: "GB" });
    expect(fields("Austin, TX 78701")).toEqual({ city: "Austin", region: "TX", countryCode: undefined });
    expect(fields("Toronto, ON M5V 2T6")).toEqual({ city: "Toronto", region: "ON", countryCode: undefined });
  });

  it("takes state and province codes of the countries that write them as regions", () => {
    expect(fields("Campinas/SP")).toEqual({ city: "Campinas", region: "SP", countryCode: undefined });
    expect(fields("São Paulo - SP")).toEqual({ city: "São Paulo", region: "SP", countryCode: undefined });
    // a company form is no state code after a name no gazetteer knows
    expect(readPlace("Zalando SE")).toBeUndefined();
    expect(fields("Adelaide SA")).toEqual({ city: "Adelaide", region: "SA", countryCode: undefined });
    expect(fields("Pune, MH")).toEqual({ city: "Pune", region: "MH", countryCode: undefined });
    expect(fields("Perth WA")).toEqual({ city: "Perth", region: "WA", countryCode: undefined });
  });

  it("passes over a street address and postcodes around the place", () => {
    expect(fields("12 Elm St. Portland, OR 97201")).toEqual({ city: "Portland", region: "OR", countryCode: undefined });
    expect(fields("Rua Verde 10, 220 - Niterói, RJ, Brasil")).toEqual({ city: "Niterói", region: "RJ", countryCode: "BR" });
    expect(fields("Calle Mayor 3, 28013 Madrid MADRID")).toEqual({ city: "Madrid", region: "MADRID", countryCode: undefined });
  });

  it("reads a lone division before a country as a region when its name says so, and a city otherwise", () => {
    expect(fields("Distrito Federal, Brasil")).toEqual({ city: undefined, region: "Distrito Federal", countryCode: "BR" });
    expect(fields("Hamburg, Germany")).toEqual({ city: "Hamburg", region: undefined, countryCode: "DE" });
  });

  it("reads Japanese, Chinese and Korean addresses from the prefecture or province down", () => {
    expect(fields("大阪府堺市北区")).toEqual({ city: "堺市", region: "大阪府", countryCode: undefined });
    expect(fields("경기도 수원")).toEqual({ city: "수원", region: "경기도", countryCode: "KR" });
  });

  it("reads a Japanese prefecture or a Chinese province named alone as the region, and Kyoto as no prefecture", () => {
    expect(fields("千葉県")).toEqual({ city: undefined, region: "千葉県", countryCode: undefined });
    expect(fields("東京都")).toEqual({ city: undefined, region: "東京都", countryCode: undefined });
    expect(fields("北海道")).toEqual({ city: undefined, region: "北海道", countryCode: undefined });
    expect(fields("广东省")).toEqual({ city: undefined, region: "广东省", countryCode: undefined });
    expect(fields("京都")?.region).toBeUndefined();
  });

  it("takes no ministry or art whose name ends as a prefecture's or province's does for a region", () => {
    for (const name of ["外務省", "経済産業省", "内閣府", "合気道", "教育部"]) expect(fields(name)?.region).toBeUndefined();
  });

  it("reads a metropolitan area and remote work", () => {
    expect(fields("Greater Boston Area")?.city).toBe("Boston");
    expect(placeScore("Remote")).toBeGreaterThan(0.5);
  });

  it("is sure of named countries and state codes, unsure of two bare names, and rejects what is no place", () => {
    expect(placeScore("Lincoln, NE 68521")).toBe(1);
    expect(placeScore("Cape Town, South Africa")).toBeGreaterThanOrEqual(0.9);
    expect(placeScore("Senior Engineer, Acme")).toBeLessThan(0.5);
    expect(placeScore("Software Engineer")).toBe(0);
    expect(placeScore("Jan 2020 - Present")).toBe(0);
  });
});

describe("readPlace and organisations", () => {
  it("takes no organisation's long name before a country for a city", () => {
    expect(readPlace("Ankara Bilim Teknik Üniversitesi Ankara, Türkiye")?.city).toBeUndefined();
  });
});

describe("readPlace with the town gazetteer", () => {
  it("takes a known town alone for a place, with the country it is in", () => {
    for (const [name, country] of [["Madrid", "ES"], ["Wels", "AT"], ["Mysore", "IN"], ["Астана", "KZ"], ["Den Haag", "NL"], ["Bogota", "CO"], ["東京", "JP"]]) {
      expect(readPlace(name!)).toMatchObject({ city: name, townCountryCode: country });
      expect(isWholePlace(name!)).toBe(true);
    }
  });

  it("keeps countryCode for the country the text names", () => {
    expect(readPlace("Madrid")?.countryCode).toBeUndefined();
    expect(readPlace("Porto, Portugal")).toMatchObject({ city: "Porto", countryCode: "PT" });
  });

  it("is sure of a known town beside a region code or a country in any language", () => {
    expect(placeScore("Seattle, WA")).toBe(1);
    expect(readPlace("Perth WA")?.townCountryCode).toBe("AU");
    for (const text of ["Porto, Portugal", "München, Deutschland", "Kraków, Polska", "Астана, Казахстан", "Bogotá, Colombia"]) expect(placeScore(text)).toBe(1);
  });

  it("gives no town's country that the region contradicts", () => {
    expect(readPlace("London, ON")?.townCountryCode).toBeUndefined();
  });

  it("reads an unknown name before a town as an organisation in it, not as a place", () => {
    expect(placeScore("Farfetch, Porto")).toBeLessThan(0.5);
    expect(isWholePlace("Farfetch, Porto")).toBe(false);
    expect(isWholePlace("CERN, Geneva")).toBe(false);
    expect(isWholePlace("Geneva")).toBe(true);
  });

  it("wants more than its name for a town that is also an everyday word or a short name", () => {
    for (const word of ["Nice", "Split", "Bath", "Reading", "Mobile", "Orange", "Independence", "Progress", "Mobil", "Roy"]) expect(isWholePlace(word)).toBe(false);
    expect(placeScore("Remote")).toBeGreaterThan(0.5);
    expect(readPlace("Nice, France")).toMatchObject({ city: "Nice", countryCode: "FR" });
  });
});

describe("a postcode after the place", () => {
  it("is read past, as a US ZIP code, India's PIN, a Canadian or a British postcode, after a space, a dash or a comma of its own", () => {
    expect(["Bengaluru, Karnataka - 560001", "Bengaluru, Karnataka, 560001", "Pune - 411001", "Seattle, WA 98101-1234"].map((t) => readPlace(t) && [readPlace(t)!.city, readPlace(t)!.region])).toEqual([
      ["Bengaluru", "Karnataka"],
      ["Bengaluru", "Karnataka"],
      ["Pune", undefined],
      ["Seattle", "WA"],
    ]);
    expect(["Toronto, ON M5S 1A7", "London SW1A 1AA"].map((t) => readPlace(t) && [readPlace(t)!.city, readPlace(t)!.region])).toEqual([
      ["Toronto", "ON"],
      ["London", undefined],
    ]);
    // a word no gazetteer knows before a number is a guess at most, never a place the header takes
    expect(placeScore("Room 12345")).toBeLessThan(0.5);
  });
});

describe("an organisation's acronym before a place", () => {
  it("is no town of that place", () => {
    expect(isWholePlace("CERN, Geneva, Switzerland")).toBe(false);
    expect(isWholePlace("Geneva, Switzerland")).toBe(true);
  });
});

describe("a postcode before the town", () => {
  it("is read past as each country writes it", () => {
    expect(["1015 CJ Amsterdam", "114 55 Stockholm", "00-950 Warszawa", "1000-001 Lisboa", "10115 Berlin"].map((t) => readPlace(t)?.city)).toEqual(["Amsterdam", "Stockholm", "Warszawa", "Lisboa", "Berlin"]);
  });
});

describe("a place remarked on as where the work was done", () => {
  it("weighs a company's region or known places with a work-mode remark in brackets as a place", () => {
    expect(["EMEA (Remote)", "Norway (Remote) & Denmark", "APAC (Hybrid)"].map((t) => weighPhrase(t).place)).toEqual([0.9, 0.9, 0.9]);
  });

  it("leaves an unknown name or a role so remarked on what it was", () => {
    expect(["Quillfern (Remote)", "Harbour Systems Ltd (Remote)", "Senior Engineer (Remote)"].map((t) => weighPhrase(t).place)).toEqual([0, 0, 0]);
    // "Sea", "Amer", "GCC" name a company, a person and a compiler as often as a region
    expect(["Sea (Remote)", "Amer (Remote)", "GCC (Remote)"].map((t) => weighPhrase(t).place)).toEqual([0, 0, 0]);
  });

  it("reads the employer of a heading, not the region after the dates below it", async () => {
    const text = ["# Jo Example", "", "## Experience", "", "### Support Lead, Quillfern Network", "Apr 2020 - Jul 2022, EMEA (Remote)", "", "- Ran the help desk.", "", "### Analyst, Harbour Systems", "Jan 2018 - Mar 2020, Oslo", "", "- Built reports."].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect((resume.work ?? []).map((w) => [w.name, w.position, w.location])).toEqual([
      ["Quillfern Network", "Support Lead", "EMEA (Remote)"],
      ["Harbour Systems", "Analyst", "Oslo"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readContact } from "../../src/extract/contacts.js";
import { readMarkdown } from "../support/extract.js";

describe("a town at the end of a line of prose", () => {
  it("is no place of the owner's where words of prose come before it, though an address's street words may", () => {
    expect(readContact("German language course A1.1 by Sprachschule Nord, Munich.")).toBeUndefined();
    expect(readContact("12 rue de la Paix, Paris, France")).toMatchObject({ field: "location", value: { city: "Paris", countryCode: "FR" } });
    // a postal address's abbreviations ("ул.", "д.", "кв.") are no prose
    expect(readContact("ул. Ленина, д. 5, кв. 12, Москва, Россия")).toMatchObject({ field: "location", value: { city: "Москва", countryCode: "RU" } });
  });
});

describe("a place the intro says its owner is based in", () => {
  it("is the owner's location where the gazetteer reads it whole and no contact line gives one", async () => {
    const page = (intro: string) => ["# Jo Example", "", intro, "", "## Experience", "", "**Backend Developer** @ Contoso `2020 - Present`"].join("\n");
    expect((await readMarkdown(page("I'm a backend developer based in Lisbon, Portugal. I love building APIs and tools for teams."))).basics?.location).toEqual({ city: "Lisbon", countryCode: "PT" });
    expect((await readMarkdown(page("Software engineer living in Austin, TX, with ten years of experience in payments and billing."))).basics?.location).toEqual({ city: "Austin", region: "TX" });
    expect((await readMarkdown(page("I'm a developer based in Northwind's platform team, building the tools our engineers use every day."))).basics?.location).toBeUndefined();
  });

  it("is read from a second section of prose too, which keeps its own title", async () => {
    const r = await readMarkdown(["# Jo Example", "", "## Profile", "", "Backend developer, ten years in payments.", "", "## About", "", "I'm a developer living in Lisbon, Portugal, and I love building tools for teams."].join("\n"));
    expect(r.basics?.location).toEqual({ city: "Lisbon", countryCode: "PT" });
  });
});

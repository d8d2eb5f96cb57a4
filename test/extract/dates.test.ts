import { describe, expect, it } from "vitest";
import { findDates, monthNumber } from "../../src/extract/dates.js";
import { dateFields, degreeDates, jobDates } from "../../src/extract/date-fields.js";
import { extractSource, readMarkdown } from "../support/extract.js";

/** The first date of `text` as [start, end, present, range]. */
const read = (text: string) => {
  const d = findDates(text)[0];
  return d && [d.start, d.end, d.present, d.range];
};

describe("findDates", () => {
  it.each([
    ["2018.09", ["2018-09", undefined, false, false]],
    ["2018.09 ~ 2020.02", ["2018-09", "2020-02", false, true]],
    ["2023. 03", ["2023-03", undefined, false, false]],
    ["2020年7月", ["2020-07", undefined, false, false]],
    ["十月 2018 - 七月 2019", ["2018-10", "2019-07", false, true]],
    ["十二月 2014 - 五月 2017", ["2014-12", "2017-05", false, true]],
    ["2016年02月", ["2016-02", undefined, false, false]],
    ["2020년 3월 ~ 현재", ["2020-03", undefined, true, true]],
    ["11/2017", ["2017-11", undefined, false, false]],
    ["11.2017 - 04.2019", ["2017-11", "2019-04", false, true]],
    ["21/03/2014", ["2014-03-21", undefined, false, false]],
    ["21.03.2014", ["2014-03-21", undefined, false, false]],
    ["15.03. – 30.06.2020", ["2020-03-15", "2020-06-30", false, true]],
    // a later month of the start's year, the year written once
    ["2014/08 – 10", ["2014-08", "2014-10", false, true]],
    ["2019.03 - 12", ["2019-03", "2019-12", false, true]],
    ["01/03 – 30/09/2023", ["2023-03-01", "2023-09-30", false, true]],
    ["01.11. – 31.01.2020", ["2019-11-01", "2020-01-31", false, true]],
    ["06/15 – 08/30/2016", ["2016-06-15", "2016-08-30", false, true]],
    ["06/15 – 30/08/2016", ["2016-06-15", "2016-08-30", false, true]],
    ["Release 2.1 – 15.06.2020", ["2020-06-15", undefined, false, false]],
    // the words for now Indian and British résumés write after a dash, and a start that runs on
    ["2017 – Till Date", ["2017", undefined, true, true]],
    ["Jul 2016 - till now", ["2016-07", undefined, true, true]],
    ["2012 – to date", ["2012", undefined, true, true]],
    ["2014 onwards", ["2014", undefined, true, true]],
    ["2021 Onward Technologies Ltd.", ["2021", undefined, false, false]],
    ["2019 en adelante", ["2019", undefined, true, true]],
    ["Q1 2020 – Q3 2021", ["2020", "2021", false, true]],
    ["MyLib 2.0 – 15.06.2020", ["2020-06-15", undefined, false, false]],
    ["03/21/2014", ["2014-03-21", undefined, false, false]],
    ["2013 (Jan)", ["2013-01", undefined, false, false]],
    ["2017 (Fall)", ["2017", undefined, false, false]],
    ["early 2019 - late 2020", ["2019", "2020", false, true]],
    ["Anfang 2016 – Ende 2018", ["2016", "2018", false, true]],
    ["2021 – Awal 2022", ["2021", "2022", false, true]],
    ["2017/02/28---至今", ["2017-02-28", undefined, true, true]],
    // the word for "year" glued to it, as Ukrainian and Russian CVs abbreviate it ("2015р", "2019г")
    ["2015р-2023р", ["2015", "2023", false, true]],
    ["2010г - 2014г", ["2010", "2014", false, true]],
    // the sign for "without end" as the word for now
    ["Temmuz 2022 - ∞", ["2022-07", undefined, true, true]],
    // month names CLDR does not give: Indonesian "Agt", "Nopember", Spanish "setiembre"
    ["Agt 2021 – Nopember 2024", ["2021-08", "2024-11", false, true]],
    ["Analyst, AGS 2019 - 2021", ["2019", "2021", false, true]],
    ["Setiembre 2019 - Presente", ["2019-09", undefined, true, true]],
    ["Maio/2022 - agora", ["2022-05", undefined, true, true]],
    ["2012 (Mar-Apr)", ["2012-03", "2012-04", false, true]],
    ["Thermodynamics (Fall 2021, 2022, 2023)", ["2021", "2023", false, true]],
    ["Teaching Assistant (2019, 2020, 2021)", ["2019", "2021", false, true]],
    ["taught in 2019, 2020", ["2019", undefined, false, false]],
    ["2021–24 Expert member, Lowtown Trust", ["2021", "2024", false, true]],
    ["2006–8 Research Associate", ["2006", "2008", false, true]],
    ["2019 - 15 people", ["2019", undefined, false, false]],
    ["2016-9", ["2016-09", undefined, false, false]],
  ])("reads the numeric form %s", (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    ["5 de Março de 2011", ["2011-03-05", undefined, false, false]],
    ["Outubro de 2009", ["2009-10", undefined, false, false]],
    ["Janeiro de 2024 – Atual", ["2024-01", undefined, true, true]],
    ["Junio 2021 - Presente", ["2021-06", undefined, true, true]],
    ["Mrt. 2018 - heden", ["2018-03", undefined, true, true]],
    ["Jan. 2014 – okt. 2016", ["2014-01", "2016-10", false, true]],
    ["Mart 2019 - Eylül 2021", ["2019-03", "2021-09", false, true]],
    ["Ocak 2020 - Devam ediyor", ["2020-01", undefined, true, true]],
    ["Сентябрь 2019 — Май 2021", ["2019-09", "2021-05", false, true]],
    ["с марта 2019 по настоящее время", ["2019-03", undefined, true, true]],
    ["вересень 2019 - теперішній час", ["2019-09", undefined, true, true]],
    ["październik 2017 – obecnie", ["2017-10", undefined, true, true]],
    ["FÉVR. 2012", ["2012-02", undefined, false, false]],
    ["fevr 2012", ["2012-02", undefined, false, false]],
    ["Elokuu 2015", ["2015-08", undefined, false, false]],
    ["set/2019 - jan/2021", ["2019-09", "2021-01", false, true]],
  ])("reads month names in any language: %s", (text, expected) => expect(read(text)).toEqual(expected));

  it("reads a Japanese range with から and an open end in words", () => {
    expect(read("2018年4月1日から2020年3月31日まで")).toEqual(["2018-04-01", "2020-03-31", false, true]);
    expect(read("2019年4月から現在に至る")).toEqual(["2019-04", undefined, true, true]);
    expect(read("2021.04.01 ~ 재직 중")).toEqual(["2021-04-01", undefined, true, true]);
  });

  it("reads a range joined by any dash Unicode has, or by a word", () => {
    for (const text of ["2009---2011", "2009 --- 2011", "2009 − 2011", "2009 ‒ 2011", "2009 － 2011", "2009 to 2011", "2009 bis 2011", "2009 до 2011", "2009 á 2011", "2009 & 2011", "2009 and 2011"]) {
      expect(read(text)).toEqual(["2009", "2011", false, true]);
    }
  });

  it("takes the word for month before numbers and the word for year after one as part of the date", () => {
    expect(findDates("Tháng 03/2018 - Tháng 07/2020 Acme")[0]).toMatchObject({ start: "2018-03", end: "2020-07", period: "Tháng 03/2018 - Tháng 07/2020" });
    expect(findDates("Апрель 2016 г. — по настоящее время")[0]).toMatchObject({ start: "2016-04", present: true, period: "Апрель 2016 г. — по настоящее время" });
    expect(read("2012–2016 гг.")).toEqual(["2012", "2016", false, true]);
  });

  it("reads full-width digits", () => {
    expect(findDates("２０１９年４月～２０２１年３月")[0]).toMatchObject({ start: "2019-04", end: "2021-03", period: "２０１９年４月～２０２１年３月" });
  });

  it("reads a range written from its end, as a timeline running down from now prints it, in order", () => {
    expect(read("2022 - 2019")).toEqual(["2019", "2022", false, true]);
    expect(read("Jun 2020 - Jan 2019")).toEqual(["2019-01", "2020-06", false, true]);
    expect(read("Present - 2022")).toEqual(["2022", undefined, true, true]);
  });

  it("reads two digits set against a month's name as its year, but not two digits apart from it", () => {
    expect(read("Jun18 - Nov18")).toEqual(["2018-06", "2018-11", false, true]);
    expect(read("Nov18 - now")).toEqual(["2018-11", undefined, true, true]);
    expect(read("Nov 18 - Jun 19")).toBeUndefined();
  });

  it("reads a range of months with two-digit years, as US résumés write it, but not such a date alone", () => {
    expect(read("10/15-5/16")).toEqual(["2015-10", "2016-05", false, true]);
    expect(read("03/19 – Present")).toEqual(["2019-03", undefined, true, true]);
    expect(read("Rated 10/10 by peers")).toBeUndefined();
    expect(read("12/15 - 3/12")).toBeUndefined();
  });

  it("reads a range whose end is left open as an open range without an end", () => {
    expect(read("2017年9月-")).toEqual(["2017-09", undefined, false, true]);
    expect(read("2014 -")).toEqual(["2014", undefined, false, true]);
    // a fixed-width résumé's column of dates: the gap after "2018-" ends the range
    expect(findDates("2018-\tAcme Corp\tBoston, MA")[0]).toMatchObject({ start: "2018", end: undefined, range: true });
  });

  it("takes a duration written after a range as part of the range, in any language", () => {
    for (const text of ["Mar 2020 - Present (2 yrs 4 mos)", "Май 2019 — Июль 2020 1 год 3 месяца", "Juni 2018 - Mai 2019 · 11 Monate"]) {
      expect(findDates(`${text} Next`)[0]!.period).toBe(text);
    }
  });

  it("reads two-digit years written after an apostrophe", () => {
    expect(read("Nov ’19")).toEqual(["2019-11", undefined, false, false]);
    expect(read("MAR ‘16 - Present")).toEqual(["2016-03", undefined, true, true]);
  });

  it("reads two-digit years after an apostrophe behind a season or a pair of months, as a student's résumé dates a term", () => {
    expect(read("Summer’19")).toEqual(["2019", undefined, false, false]);
    expect(read("Spring '18 – Fall '19")).toEqual(["2018", "2019", false, true]);
    expect(read("May-Jun’19")).toEqual(["2019-05", "2019-06", false, true]);
  });

  it("gives two month names before one year that year", () => {
    expect(read("Jun-Aug 2019")).toEqual(["2019-06", "2019-08", false, true]);
    expect(read("Feb – Mar 2024")).toEqual(["2024-02", "2024-03", false, true]);
    expect(read("2015 (Jun-Jul)")).toEqual(["2015-06", "2015-07", false, true]);
    expect(read("Jan to March 2015")).toEqual(["2015-01", "2015-03", false, true]);
  });

  it("reads a year written before its month", () => {
    expect(read("Cell Rep. 2017 Mar 14;18(11)")).toEqual(["2017-03-14", undefined, false, false]);
    expect(read("2018. szeptember – 2020. június")).toEqual(["2018-09", "2020-06", false, true]);
  });

  it("reads a year followed by a month and year as a range", () => {
    expect(read("1998-Mar 2003")).toEqual(["1998", "2003-03", false, true]);
  });

  it("reads a range that ends a sentence-style item, its full stop after it, as the range it is", () => {
    expect(read("Visiting Lecturer, State University, 2015–16.")).toEqual(["2015", "2016", false, true]);
    expect(read("Research Associate, 2006–8.")).toEqual(["2006", "2008", false, true]);
    expect(read("Postdoctoral Fellow, State University, 2016–.")).toEqual(["2016", undefined, false, true]);
    // a decimal point is no full stop
    expect(read("2014-15.5 hours")).not.toEqual(["2014", "2015", false, true]);
  });

  it("reads a later year in two digits as a range, and four digits then a month number as a month", () => {
    expect(read("2014-18")).toEqual(["2014", "2018", false, true]);
    expect(read("2014–15")).toEqual(["2014", "2015", false, true]);
    expect(read("2014-05")).toEqual(["2014-05", undefined, false, false]);
  });

  it("reads a conference's days within a month or across two as one range", () => {
    expect(read("Jun 12-16, 2017")).toEqual(["2017-06-12", "2017-06-16", false, true]);
    expect(read("May 30–Jun 2, 2017")).toEqual(["2017-05-30", "2017-06-02", false, true]);
    expect(read("12–16 juin 2017")).toEqual(["2017-06-12", "2017-06-16", false, true]);
  });

  it("reads a year and the next in two digits as an academic year, not as a month, unless it is part of a range of months", () => {
    expect(read("2008-09")).toEqual(["2008", "2009", false, true]);
    expect(read("2010-11")).toEqual(["2010", "2011", false, true]);
    expect(read("2010.11")).toEqual(["2010-11", undefined, false, false]);
    expect(read("2008-09 – 2010-03")).toEqual(["2008-09", "2010-03", false, true]);
  });

  it("reads words that open a range since a date", () => {
    for (const text of ["since May 2022", "seit 2017", "Seit März 2021", "desde 2019", "depuis 2016", "с 2018", "sinds 2015"]) {
      expect(findDates(text)[0]).toMatchObject({ present: true, range: true, period: text });
    }
  });

  it("reads 'à partir de', 'a partir de' and 'a partire da' as opening a range, a job that begins then and is not over", () => {
    for (const text of ["à partir de septembre 2027", "À partir de 2027", "a partir de marzo 2026", "a partir de 2025", "a partire da ottobre 2026"]) {
      expect(findDates(text)[0]).toMatchObject({ present: true, range: true, period: text, end: undefined });
    }
  });

  it("reads a range that opens with 'from' and names its end as a closed range", () => {
    expect(read("from March 2016 to June 2018")).toEqual(["2016-03", "2018-06", false, true]);
    expect(read("od 2016 do 2018")).toEqual(["2016", "2018", false, true]);
  });

  it("reads Present written in many languages", () => {
    for (const word of ["Present", "current", "heden", "obecnie", "atualmente", "actualidad", "aujourd'hui", "heute", "сейчас", "hiện tại", "sekarang", "günümüz", "至今", "現在", "현재"]) {
      expect(findDates(`2015 - ${word}`)[0]).toMatchObject({ start: "2015", present: true, range: true });
    }
    expect(read("2011--present")).toEqual(["2011", undefined, true, true]);
    expect(read("3/2012-Pres")).toEqual(["2012-03", undefined, true, true]);
  });

  it("reads the words for 'currently' and 'to this day' that Italian, Polish, German, Russian and Chinese CVs end a range with", () => {
    for (const word of ["attualmente", "tuttora", "aktualnie", "derzeit", "bis heute", "по н.в.", "по наст. время", "迄今", "até hoje"]) {
      expect(findDates(`03.2015 - ${word}`)[0]).toMatchObject({ start: "2015-03", present: true, range: true });
    }
  });

  it("reads the present and the months of Hungarian, Greek, Hebrew and Arabic CVs", () => {
    for (const word of ["jelenleg is", "σήμερα", "כיום", "حتى الآن", "nykyään", "până în prezent"]) {
      expect(findDates(`2022 – ${word}`)[0]).toMatchObject({ start: "2022", present: true, range: true });
    }
    expect(read("Σεπτέμβριος 2019 - Μάιος 2021")).toEqual(["2019-09", "2021-05", false, true]);
    expect(read("מרץ 2018 – יוני 2020")).toEqual(["2018-03", "2020-06", false, true]);
    expect(read("يناير 2015 - ديسمبر 2017")).toEqual(["2015-01", "2017-12", false, true]);
  });

  it("reads 'the present' and 'present day' as an open end, as a range written in words ends", () => {
    expect(read("8/2017 to the present")).toEqual(["2017-08", undefined, true, true]);
    expect(read("June 2011 - the present day")).toEqual(["2011-06", undefined, true, true]);
    expect(read("2012 – present day")).toEqual(["2012", undefined, true, true]);
  });

  it("drops a season and spans a list of years written after it", () => {
    expect(read("Winter 2012")).toEqual(["2012", undefined, false, false]);
    expect(read("Sommer 2012")).toEqual(["2012", undefined, false, false]);
    expect(read("Summer 2010, 2011")).toEqual(["2010", "2011", false, true]);
    expect(findDates("Travel Grant 2010, 2011").map((d) => d.start)).toEqual(["2010", "2011"]);
  });

  it("keeps an expected date's marker in how the date is written", () => {
    expect(findDates("Expected June 2026")[0]).toMatchObject({ start: "2026-06", period: "Expected June 2026" });
    expect(findDates("Dec 2027 (In Progress)")[0]).toMatchObject({ start: "2027-12", period: "Dec 2027 (In Progress)" });
    // the word alone after the date, closing its phrase, or before it and its comma: no word of it is left over, or lost
    expect(findDates("BA History, Example College, 2027 expected")[0]).toMatchObject({ start: "2027", period: "2027 expected" });
    expect(findDates("Máster, Universidad Ejemplo — 2026, prevista")[0]).toMatchObject({ start: "2026", period: "2026, prevista" });
    expect(findDates("MSc Physics, Example University, Expected, 2028")[0]).toMatchObject({ start: "2028", period: "Expected, 2028" });
    expect(findDates("2027 expected to graduate with honours")[0]!.period).toBe("2027");
  });

  it("reads a range joined by a hyphen or a non-breaking hyphen, as pdftotext writes a XeLaTeX CV's dashes", () => {
    expect(read("March\u2011October 2020")).toEqual(["2020-03", "2020-10", false, true]);
    expect(read("Fall 2017 \u2011 Present")).toEqual(["2017", undefined, true, true]);
    expect(read("Jan 2019\u2010Mar 2021")).toEqual(["2019-01", "2021-03", false, true]);
    expect(findDates("March\u2011October 2020")[0]!.period).toBe("March\u2011October 2020");
  });

  it("reads a range whose first year is closed by a full stop, as Hungarian and Croatian CVs write years", () => {
    expect(read("2016. – 2019.")).toEqual(["2016", "2019", false, true]);
    expect(read("Sep 2016. – Jun 2019.")).toEqual(["2016-09", "2019-06", false, true]);
    expect(read("in 2016. - Led the team")).toEqual(["2016", undefined, false, false]);
    expect(read("2016.09 – 2019.06")).toEqual(["2016-09", "2019-06", false, true]);
  });

  it("does not read a word that merely begins like a month, or a product name, as a month", () => {
    expect(read("Marketing 2019")).toEqual(["2019", undefined, false, false]);
    expect(read("Office Pro 2019")).toEqual(["2019", undefined, false, false]);
  });

  it("reads two dates one space apart, a range stacked in a narrow column whose hyphen pdftotext dropped when it joined the lines, as the range", () => {
    expect(["Sept 2010 May 2014", "Oct 2014 Present", "Oct 2014 Present\tOakridge Stores"].map((t) => findDates(t).map((m) => [m.start, m.end, m.present, m.range]))).toEqual([
      [["2010-09", "2014-05", false, true]],
      [["2014-10", undefined, true, true]],
      [["2014-10", undefined, true, true]],
    ]);
    // a date over a title that begins with the word for now, and years alone, are no range
    expect(read("March 2020 Current Projects")).toEqual(["2020-03", undefined, false, false]);
    expect(findDates("2010 2014").map((m) => m.range)).toEqual([false, false]);
  });

  it("reads three month-years one space apart ('Dean's List Dec 2018 May 2019 Dec 2019') as three dates, no two of them a range", () => {
    expect(findDates("Dean's List Dec 2018 May 2019 Dec 2019").map((m) => [m.start, m.end, m.range])).toEqual([
      ["2018-12", undefined, false],
      ["2019-05", undefined, false],
      ["2019-12", undefined, false],
    ]);
  });

  it("reads an end whose year is not known yet ('20??.??', '20XX', '20−−.−−') as a range left open", () => {
    expect(["2020.08 - 20??.??", "2021 – 20XX", "2025.08 - 20−−.−−"].map((t) => findDates(t).map((m) => [m.start, m.end, m.present, m.range]))).toEqual([
      [["2020-08", undefined, false, true]],
      [["2021", undefined, false, true]],
      [["2025-08", undefined, false, true]],
    ]);
  });

  it("reads long runs of spaces, dashes and month names in linear time", () => {
    // a guard against patterns that backtrack, not a speed figure (those are in npm run bench): at 300,000
    // characters (100,000 of dated ranges) a linear reading takes about a second on a loaded machine, a quadratic one minutes
    const spaces = " ".repeat(300_000);
    const started = performance.now();
    for (const text of [`2019${spaces}x`, `Jan${spaces}x 2019`, `expected${spaces}x 2019`, `2019 -${spaces}x`, "2019-".repeat(20_000)]) findDates(text);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("monthNumber", () => {
  it("reads long, short, genitive and diacritic-free names", () => {
    expect(["January", "févr.", "февраля", "Ağustos", "agustos", "listopada", "dez", "Sept."].map(monthNumber)).toEqual([1, 2, 2, 8, 8, 11, 12, 9]);
  });
});

describe("dateFields", () => {
  it("dates an entry to the month and an event to the day", () => {
    const d = findDates("01.03.2019 – 30.06.2021")[0];
    expect(dateFields(d)).toMatchObject({ startDate: "2019-03", endDate: "2021-06" });
    expect(dateFields(d, "day")).toMatchObject({ startDate: "2019-03-01", endDate: "2021-06-30" });
  });

  it("gives a job with a single date that date as its start and its end, and leaves an open range open", () => {
    expect(jobDates(findDates("Summer 2014")[0])).toEqual({ startDate: "2014", endDate: "2014", period: "Summer 2014" });
    expect(jobDates(findDates("2014 –")[0])).toEqual({ startDate: "2014", period: "2014 –" });
  });

  it("gives a degree with a single date that date as its end, and leaves an open range open", () => {
    expect(degreeDates(findDates("Expected May 2027")[0])).toEqual({ endDate: "2027-05", period: "Expected May 2027" });
    expect(degreeDates(findDates("2017年4月〜")[0])).toEqual({ startDate: "2017-04", period: "2017年4月〜" });
    expect(degreeDates(findDates("seit 2021")[0])).toEqual({ startDate: "2021", period: "seit 2021" });
  });
});

describe("the words for the post held now", () => {
  const parse = async (text: string) => (await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" })).resume;

  it("reads 現職 (the current post) as a job's open end", async () => {
    const r = await parse(["# 陳大文", "", "## 經歷", "", "### 後端工程師 - 某某科技股份有限公司 (2022/09 - 現職)", "", "- 開發 API"].join("\n"));
    expect(r.work?.[0]).toMatchObject({ name: "某某科技股份有限公司", position: "後端工程師", startDate: "2022-09" });
    expect(r.work?.[0]?.endDate).toBeUndefined();
  });
});

describe("a range of two-digit years in brackets", () => {
  const spans = (text: string) => findDates(text).map((d) => [d.start, d.end ?? null, d.period]);

  it("reads no issue numbers of a citation as years", () => {
    expect(spans("- Doe, J. and Roe, K. Tidal mixing in shallow bays. Journal of Coastal Research, 45 (11-12), 2019.")).toEqual([["2019", null, "2019"]]);
    expect(spans("Ocean Engineering, 7 (03-04): 233-240, 2016")).toEqual([["2016", null, "2016"]]);
    expect(spans("Ocean Engineering, 7 (03-04)")).toEqual([]);
    expect(spans("Harbour Studies, vol. (03-04)")).toEqual([]);
  });

  it("reads no reference closing a heading in square brackets, nor a count inside a line", () => {
    expect(spans("Graph toolkit [03-05]")).toEqual([]);
    expect(spans("Managed teams (15-20) across three sites, 2012 - 2014")).toEqual([["2012", "2014", "2012 - 2014"]]);
  });

  it("dates a publication and a project by their own years", async () => {
    const text = ["# Jo Vale", "", "## Publications", "", "- Doe, J. and Roe, K. Tidal mixing in shallow bays. Journal of Coastal Research, 45 (11-12), 2019.", "", "## Projects", "", "### Graph toolkit [03-05]", "", "A library for graphs."].join("\n");
    const r = await readMarkdown(text);
    expect(r.publications?.map((p) => p.releaseDate)).toEqual(["2019"]);
    expect(r.projects?.map((p) => [p.startDate, p.endDate])).toEqual([[undefined, undefined]]);
  });
});

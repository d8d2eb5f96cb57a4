import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("degrees and places as Markdown résumés write them", () => {
  it("keeps an honours mark after the word degree with the degree, and reads the field after its comma", async () => {
    const r = await readMarkdown(["# Sam Ortiz", "", "## Education", "", "**Bachelor's Degree (Honours), Economics · Northfield University**"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["Northfield University", "Bachelor's Degree (Honours)", "Economics"]]);
  });

  it("reads the fields of a joint degree set apart by a slash as one field", async () => {
    const r = await readMarkdown(["# Sam Ortiz", "", "## Education", "", "2009 - 2014", ": **Bachelors in Mathematics/Philosophy**; Eastvale University"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area])).toEqual([["Eastvale University", "Bachelors", "Mathematics/Philosophy"]]);
  });

  it("reads the country written alone under an address's town as that address's", async () => {
    const r = await readMarkdown(["# Jeanne Dupont", "", "12 Rue des Lilas  ", "75011 Paris  ", "France  ", "jeanne@example.org", "", "## Experience", "", "**Acme** — Engineer, 2019 – 2021"].join("\n"));
    expect(r.basics?.location).toMatchObject({ city: "Paris", countryCode: "FR" });
    expect(r.basics?.email).toBe("jeanne@example.org");
  });

  it("reads no town from a bracket that says what the employer does or was called, though the section writes its towns so", async () => {
    const r = await readMarkdown(
      ["# Sam Ortiz", "", "## Employment", "", "**Engineer** at Quillfeather (Denver)", "2019 – 2020", "", "**Engineer** at Larkspur (Boston)", "2018 – 2019", "",
        "**Engineer** at Tidewell (Fintech)", "2017 – 2018", "", "**Engineer** at Contoso (Now Fabrikam)", "2016 – 2017", "", "**Engineer** at Harrowgate (Louisville)", "2015 – 2016"].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.location])).toEqual([
      ["Quillfeather", "Denver"],
      ["Larkspur", "Boston"],
      ["Tidewell (Fintech)", undefined],
      ["Contoso (Now Fabrikam)", undefined],
      ["Harrowgate", "Louisville"],
    ]);
  });

  it("reads a word in brackets after an employer as its town where the section writes its towns so", async () => {
    const r = await readMarkdown(
      [
        "# Sam Ortiz",
        "",
        "## Employment",
        "",
        "2019 - 2021",
        ":   **Backend Engineer** at Quillfeather (Denver)",
        "",
        "2017 - 2019",
        ":   **Software Engineer** at Larkspur (Estes Park)",
        "",
        "2015 - 2017",
        ":   **Junior Engineer** at Tidewell (Louisville)",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.location])).toEqual([
      ["Quillfeather", "Denver"],
      ["Larkspur", "Estes Park"],
      ["Tidewell", "Louisville"],
    ]);
  });

  it("reads a linked title after a bold date as the paper's whole title, dated by that date", async () => {
    const r = await readMarkdown(
      [
        "# Sam Ortiz",
        "",
        "## Publications",
        "",
        "**January 2022**: [What Drives Ship Fees? Using Tides to Assess Long-run Costs](https://example.org/paper) · Published in the Journal of Harbour Studies",
        "",
        "**2020** [Why Gulls Fly South](https://example.org/gulls) ([alt link](https://example.org/gulls-alt))",
      ].join("\n"),
    );
    expect(r.publications?.map((p) => [p.name, p.releaseDate])).toEqual([
      ["What Drives Ship Fees? Using Tides to Assess Long-run Costs", "2022-01"],
      ["Why Gulls Fly South", "2020"],
    ]);
  });

  it("reads the spoken languages under a title in the singular, Language Skill, as languages", async () => {
    const r = await readMarkdown(["# Sam Ortiz", "", "## Language Skill", "- Ukrainian", "- English (B1)"].join("\n"));
    expect(r.languages?.map((l) => l.language)).toEqual(["Ukrainian", "English"]);
    expect(r.sections ?? []).toEqual([]);
  });
});

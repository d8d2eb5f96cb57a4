import { describe, expect, it } from "vitest";
import type { Resume } from "../../../src/resume/schema.js";
import { readMarkdown } from "../../support/extract.js";

describe("a bold 'Grade' and a whole number over an entry", () => {
  it("heads the entry as a school year or a class taught, not as a grade", async () => {
    const first = await readMarkdown(["# Mara Quill", "", "## Education", "", "**Grade 12**", "Northmoor Secondary School | 2016", "", "**Bachelor of Commerce**", "Eastvale University | 2020", ""].join("\n"));
    expect(first.education?.map((e) => e.institution)).toEqual(["Northmoor Secondary School", "Eastvale University"]);
    const last = await readMarkdown(["# Mara Quill", "", "## Education", "", "**Bachelor of Commerce**", "Eastvale University | 2020", "", "**Grade 12**", "Northmoor Secondary School, 2016", ""].join("\n"));
    expect(last.education?.map((e) => [e.institution, e.score])).toEqual([["Eastvale University", undefined], ["Northmoor Secondary School", undefined]]);
    const taught = await readMarkdown(["# Mara Quill", "", "## Experience", "", "**Grade 3 Tutor**", "Northmoor Academy, 2018 – 2019", "", "**Teaching Assistant**", "Eastvale School, 2019 – 2020", ""].join("\n"));
    expect(taught.work?.map((w) => [w.name, w.position])).toEqual([["Northmoor Academy", "Grade 3 Tutor"], ["Eastvale School", "Teaching Assistant"]]);
  });
});

describe("a lower heading under an entry's heading with text, not dates, under it", () => {
  it("labels what it says of the entry and names no employer or school", async () => {
    const page = [
      "# Mara Quill",
      "",
      "## Education",
      "",
      "### PhD in Physics, Northmoor University",
      "#### Dissertation",
      "Light in small rooms, and how it bends.",
      "",
      "### MSc Physics, Eastvale University",
      "#### Thesis",
      "On lenses.",
      "",
      "### Northmoor University",
      "#### Focus",
      "Optics and imaging.",
      "",
    ].join("\n");
    const resume = await readMarkdown(page);
    expect(resume.education?.map((e) => [e.institution, e.area, e.location])).toEqual([
      ["Northmoor University", "Physics", undefined],
      ["Eastvale University", "Physics", undefined],
      ["Northmoor University", undefined, undefined],
    ]);
    expect(resume.education?.map((e) => e.summary?.split("\n")[0])).toEqual(["Dissertation", "Thesis", "Focus"]);
  });
});

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("bold headers closed by a colon", () => {
  it("reads each role line under a colon-closed employer as a role there", async () => {
    const r = await readMarkdown(
      [
        "# Jane Roe",
        "",
        "## Experience",
        "",
        "**Northwind Traders:**",
        "Senior Analyst, 2016 – 2019",
        "- Built reports.",
        "",
        "Analyst, 2013 – 2016",
        "- Wrote queries.",
        "",
        "**Contoso Ltd:**",
        "Intern, 2012 – 2013",
      ].join("\n"),
    );
    expect(jobs(r)[1]).toEqual(["Northwind Traders", "Analyst", "2013", "2016"]);
  });

  it("keeps the employer a role line names under a colon-closed label", async () => {
    const r = await readMarkdown(
      [
        "# Jane Roe",
        "",
        "## Experience",
        "",
        "**Full-time roles:**",
        "Data Engineer at Northwind Traders, 2019 – 2023",
        "Analyst at Contoso Ltd, 2016 – 2019",
        "",
        "**Freelance:**",
        "Web developer for Fabrikam, 2014 – 2016",
      ].join("\n"),
    );
    expect(jobs(r)).toContainEqual(["Northwind Traders", "Data Engineer", "2019", "2023"]);
  });
});

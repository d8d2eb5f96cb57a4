import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

describe("a section's title with its entry on the same line", () => {
  it("opens a section of studies from a paragraph led by its title", async () => {
    const r = await readText(["Jane Roe", "jane@example.org", "", "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Education: BSc Physics, University of Somewhere, 2010", ""].join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["Contoso Ltd"]);
    expect(r.education?.map((e) => [e.institution, e.studyType, e.endDate])).toEqual([["University of Somewhere", "BSc", "2010"]]);
  });

  it("opens a section from an org heading that runs on into the section's dates", async () => {
    const org = ["* Jane Roe", "- jane@example.org", "", "** Work Experience", "*** Engineer at Contoso Ltd: 2018 - 2020", "Built things.", "", "** Education: 2010 - 2014", "BSc in Physics at University of Somewhere", "", "** Skills", "- Python", ""];
    const r = await readText(org.join("\n"));
    expect(r.basics?.name).toBe("Jane Roe");
    expect(r.work?.map((w) => w.name)).toEqual(["Contoso Ltd"]);
    expect(r.education?.map((e) => [e.institution, e.startDate, e.endDate])).toEqual([["University of Somewhere", "2010", "2014"]]);
  });

  it("leaves a labelled line of tools closing the last job in its job", async () => {
    const r = await readText(["Jane Roe", "jane@example.org", "", "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Technologies: Python, Go", "", "Education", "", "BSc Physics, University of Somewhere, 2010", ""].join("\n"));
    expect(r.skills ?? []).toEqual([]);
    expect(r.education?.map((e) => e.institution)).toEqual(["University of Somewhere"]);
  });
});

describe("a labelled sentence inside a summary", () => {
  it("stays a line of the summary rather than opening a job", async () => {
    const md = ["# Jane Roe", "", "## About", "", "Data engineer based in Leeds.", "", "Experience: since 2015 building data pipelines for retailers.", "", "## Experience", "", "### Engineer, Contoso Ltd", "2018 - 2020", "", "Built things.", ""];
    const r = await readMarkdown(md.join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["Contoso Ltd"]);
    expect(r.basics?.summary).toContain("since 2015 building data pipelines for retailers");
  });
});

describe("a labelled line that reads as a sentence", () => {
  it("opens no section when what follows the colon starts with since", async () => {
    const txt = ["Jane Roe", "jane@example.org", "", "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Volunteering", "", "Mentor, Northwind Coding Club, 2019", "", "Experience: Since 2015 building data pipelines for retailers", "", "Skills", "", "Python", ""];
    const r = await readText(txt.join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["Contoso Ltd"]);
  });
});

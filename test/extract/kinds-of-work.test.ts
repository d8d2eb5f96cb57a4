import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

const expected = [
  ["Contoso Ltd", "Data Scientist", "2019", "2021"],
  ["Fabrikam Inc", "Software Engineer", "2016", "2019"],
  ["Harlow University", "Postdoctoral Fellow", "2014", "2016"],
  ["Harlow University", "Teaching Assistant", "2010", "2014"],
];
const cv = (...lines: string[]) => ["# Jo Vale", "", "## Experience", "", ...lines].join("\n");

/** Academic CVs part their appointments by the kind of work ("Industry", "Academia"), each job naming its own employer. */
describe("jobs grouped under a kind of work", () => {
  it("reads the items under an item that names a kind of work as jobs of their own", async () => {
    const text = cv(
      "* Industry",
      "  * Data Scientist, Contoso Ltd, 2019 – 2021",
      "  * Software Engineer, Fabrikam Inc, 2016 – 2019",
      "* Academia",
      "  * Postdoctoral Fellow, Harlow University, 2014 – 2016",
      "  * Teaching Assistant, Harlow University, 2010 – 2014",
    );
    expect(jobs(await readMarkdown(text))).toEqual(expected);
  });

  it("reads a bold item that names a kind of work as the label of the jobs after it, no job", async () => {
    const text = cv(
      "* **Industry**",
      "* Data Scientist, Contoso Ltd, 2019 – 2021",
      "* Software Engineer, Fabrikam Inc, 2016 – 2019",
      "* **Academia**",
      "* Postdoctoral Fellow, Harlow University, 2014 – 2016",
      "* Teaching Assistant, Harlow University, 2010 – 2014",
    );
    expect(jobs(await readMarkdown(text))).toEqual(expected);
  });

  it("reads sub-headings that name a kind of work as the labels of the jobs under them", async () => {
    const text = cv(
      "### Industry",
      "* Data Scientist, Contoso Ltd, 2019 – 2021",
      "* Software Engineer, Fabrikam Inc, 2016 – 2019",
      "",
      "### Academia",
      "* Postdoctoral Fellow, Harlow University, 2014 – 2016",
      "* Teaching Assistant, Harlow University, 2010 – 2014",
    );
    expect(jobs(await readMarkdown(text))).toEqual(expected);
  });

  it("keeps the label of the items it groups, and an undated line before them, in the résumé", async () => {
    const text = cv(
      "* Industry",
      "  * Appointments outside universities.",
      "  * Data Scientist, Contoso Ltd, 2019 – 2021",
      "  * Software Engineer, Fabrikam Inc, 2016 – 2019",
      "* Academia",
      "  * Postdoctoral Fellow, Harlow University, 2014 – 2016",
      "  * Teaching Assistant, Harlow University, 2010 – 2014",
    );
    const r = await readMarkdown(text);
    expect(jobs(r)).toEqual(expected);
    const written = JSON.stringify(r);
    for (const words of ["Industry", "Academia", "Appointments outside universities."]) expect(written).toContain(words);
  });

  it("keeps the label over dated client projects", async () => {
    const r = await readMarkdown(cv("* Consulting", "  * Data Engineer, Northwind Traders, 2020 – 2021", "  * Analyst, Tailspin Toys, 2019 – 2020"));
    expect(r.work?.map((w) => w.name)).toEqual(["Northwind Traders", "Tailspin Toys"]);
    expect(JSON.stringify(r)).toContain("Consulting");
  });
});

import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("a role set in its employer with English 'in'", () => {
  it("cuts a job title and the organisation after 'in' into role and employer in a list", async () => {
    const text = ["# Jo Vale", "", "## Experience", "", "- Software Engineer in Quillon Group, 2019 – 2021", "- Data Scientist in Ostrander Health Center, 2016 – 2019"].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Quillon Group", "Software Engineer", "2019", "2021"],
      ["Ostrander Health Center", "Data Scientist", "2016", "2019"],
    ]);
  });

  it("cuts it in a job's heading", async () => {
    const text = ["# Jo Vale", "", "## Experience", "", "### Research Scientist in Brightwater Labs", "2015 – 2017", "", "### Engineer in Tessaly Systems Inc.", "2013 – 2015"].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Brightwater Labs", "Research Scientist", "2015", "2017"],
      ["Tessaly Systems Inc.", "Engineer", "2013", "2015"],
    ]);
  });

  it("keeps 'in' before a field, a place or a unit of the employer with the role", async () => {
    const text = [
      "# Jo Vale",
      "",
      "## Experience",
      "",
      "- Professor in Department of Physics, 2019 – 2021",
      "- Assistant Professor in the School of Business, Harlow University, 2017 – 2019",
      "- Engineer in London, Marlow Ltd, 2012 – 2013",
    ].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      [undefined, "Professor in Department of Physics", "2019", "2021"],
      ["Harlow University", "Assistant Professor in the School of Business", "2017", "2019"],
      ["Marlow Ltd", "Engineer in London", "2012", "2013"],
    ]);
  });
});

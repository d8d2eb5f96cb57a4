import { describe, expect, it } from "vitest";
import type { Resume } from "../../../src/resume/schema.js";
import { extractSource } from "../../support/extract.js";

async function parse(text: string): Promise<Resume> {
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("bold headers closed by a colon", () => {
  it("reads each role line under a colon-closed employer as a role there", async () => {
    const r = await parse(
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
    const r = await parse(
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

import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("an employer over items that each name a role and its dates", () => {
  it("reads each item under an employer's heading as a role held there, its sub-items that role's duties", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Experience",
        "",
        "### Harbourside Analytics",
        "- *Principal Engineer*, Jan 2021 - Present",
        "- *Senior Engineer*, Mar 2018 - Dec 2020",
        "",
        "### Quayline Logistics",
        "- **Team Lead**, 2012 - 2015",
        "  - Led a team of four.",
        "- **Developer**, 2010 - 2012",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Harbourside Analytics", "Principal Engineer", "2021-01", undefined],
      ["Harbourside Analytics", "Senior Engineer", "2018-03", "2020-12"],
      ["Quayline Logistics", "Team Lead", "2012", "2015"],
      ["Quayline Logistics", "Developer", "2010", "2012"],
    ]);
    expect(r.work![2]!.highlights).toEqual(["Led a team of four."]);
  });

  it("reads the items under a bold employer line with its whole span as its roles, the span none of their dates", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Experience",
        "",
        "**Harbourside Analytics** | Mar 2015 - Present",
        "- *Principal Engineer*, Jan 2021 - Present",
        "- *Engineer*, Mar 2015 - Dec 2020",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Harbourside Analytics", "Principal Engineer", "2021-01", undefined],
      ["Harbourside Analytics", "Engineer", "2015-03", "2020-12"],
    ]);
  });

  it("keeps dated duties under an employer as its text where the first item names no role", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Experience",
        "",
        "### Harbourside Analytics, Senior Engineer, 2018 - 2021",
        "- Cut build times by half in 2019.",
        "- *Migration lead*, 2020",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Harbourside Analytics", "Senior Engineer", "2018", "2021"]]);
    expect(r.work![0]!.highlights).toHaveLength(2);
  });

  it("gives the items no heading's role as their employer where the heading names a role and the employer is the line under it", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Experience",
        "",
        "### **Lead Engineer**",
        "**Harbourside Analytics** | 11/2017 - 08/2024 | Lowtown",
        "",
        "- **Lead Engineer (Jan 2022 - Aug 2024)**",
        "- **Senior Engineer (Jan 2019 - Jan 2022)**",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => w.name)).not.toContain("Lead Engineer");
    expect(r.work?.[0]).toMatchObject({ name: "Harbourside Analytics", position: "Lead Engineer", startDate: "2017-11" });
  });

  it("keeps an employer's own span where its one styled item tells of a day there, no span held ('*Promoted to Senior Engineer*, 2021')", async () => {
    const r = await readMarkdown(["# Jo Example", "", "## Experience", "", "### Harbourside Analytics (2015 – 2024)", "- *Promoted to Senior Engineer*, 2021", "- Built the billing system"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.startDate, w.endDate])).toEqual([["Harbourside Analytics", "2015", "2024"]]);
  });
});

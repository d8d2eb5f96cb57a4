import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/** How academic CVs list their appointments, each on an invented CV. */
async function parse(text: string): Promise<Resume> {
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("a role held in a unit of its employer", () => {
  const text = [
    "# Mirela Vos",
    "",
    "## Work Experience",
    "- [Lindqvist University](https://lindqvist.example.edu/) (Springfield, IL)",
    "  - Assistant Professor in the School of Business Administration (Sep. 2022 - present)",
    "",
    "- [Norrland National Laboratory](https://norrland.example.gov/) (Lemont, IL)",
    "  - Postdoctoral Appointee in the Mathematics and Computer Science Division (Jul. 2020 - Jul. 2022)",
    "",
    "- Harbour Labs (Naperville, IL)",
    "  - Research Intern (Jun. 2018 - Aug. 2018)",
  ].join("\n");

  it("reads the item under the employer as the role and its dates, the unit's words no employer of its own", async () => {
    expect(jobs(await parse(text))).toEqual([
      ["Lindqvist University", "Assistant Professor in the School of Business Administration", "2022-09", undefined],
      ["Norrland National Laboratory", "Postdoctoral Appointee in the Mathematics and Computer Science Division", "2020-07", "2022-07"],
      ["Harbour Labs", "Research Intern", "2018-06", "2018-08"],
    ]);
  });
});

describe("several undated appointments at one university", () => {
  it("reads each role item under the university's item as a job there", async () => {
    const r = await parse(
      [
        "# Mirela Vos",
        "",
        "Primary Appointments",
        "======",
        "* Lindqvist University",
        "  * Associate Professor of Sociology",
        "  * Adjunct Associate Professor of Statistics",
        "  * Senior Data Science Fellow, Data Institute",
        "",
        "Past Appointments",
        "======",
        "* Harbour University",
        "  * 2013 - 2018 Assistant Professor, Department of Sociology",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Lindqvist University", "Associate Professor of Sociology", undefined, undefined],
      ["Lindqvist University", "Adjunct Associate Professor of Statistics", undefined, undefined],
      ["Lindqvist University", "Senior Data Science Fellow, Data Institute", undefined, undefined],
      ["Harbour University", "Assistant Professor, Department of Sociology", "2013", "2018"],
    ]);
  });

  it("keeps an employer's item over its duties as one job", async () => {
    const r = await parse(["# Mirela Vos", "", "## Experience", "* Harbour Labs", "  * Built the data pipeline.", "  * Ran the weekly seminar."].join("\n"));
    expect(jobs(r)).toHaveLength(1);
  });
});

describe("a section of awards titled for recognition", () => {
  it("reads 'Peer Recognition' as awards", async () => {
    const r = await parse(["# Mirela Vos", "", "## Peer Recognition", "* 2024: Lindqvist Prize for Young Researchers", "* 2022: Best Reviewer Award"].join("\n"));
    expect((r.awards ?? []).map((a) => [a.title, a.date])).toEqual([
      ["Lindqvist Prize for Young Researchers", "2024"],
      ["Best Reviewer Award", "2022"],
    ]);
  });
});

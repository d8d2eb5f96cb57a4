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

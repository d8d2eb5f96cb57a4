import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

async function parse(text: string): Promise<Resume> {
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("the academicpages template's jobs: the dated role on its item, the employer first under it", () => {
  it("takes the first item under a role as its employer where the section's other jobs are written so", async () => {
    const r = await parse(
      [
        "# Mirela Vos",
        "",
        "Work experience",
        "======",
        "* 2022-ongoing: Postdoctoral research fellow",
        "  * School of Nutrition, Lindqvist University",
        "  * Supervisor: Prof. Jane Roe",
        "",
        "* 2021-2022: Research Intern",
        "  * Research centre of the *Harbour Institute of Cardiology and Pneumology*",
        "  * Supervisor: Prof. Jane Roe",
        "",
        "* 2019-2020: Casual employee (Epidemiologist)",
        "  * Ruritania Health Agency (Office of Nutrition Policy and Promotion)",
        "  * Supervisor: John Doe, PhD",
        "",
        "* 2017-2020: Research Assistant",
        "  * University of Norrland",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["School of Nutrition, Lindqvist University", "Postdoctoral research fellow", "2022", undefined],
      ["Research centre of the Harbour Institute of Cardiology and Pneumology", "Research Intern", "2021", "2022"],
      ["Ruritania Health Agency (Office of Nutrition Policy and Promotion)", "Casual employee (Epidemiologist)", "2019", "2020"],
      ["University of Norrland", "Research Assistant", "2017", "2020"],
    ]);
  });
});

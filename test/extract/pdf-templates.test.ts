import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/**
 * What vitae reads of the text `pdftotext cv.pdf cv.txt` (poppler, default mode) makes of CVs set in the LaTeX
 * templates many people use. The CVs are invented; each fixture is the whole of pdftotext's output for one.
 */
async function readTemplate(name: string): Promise<Resume> {
  const text = readFileSync(new URL(`pdf-templates/${name}.txt`, import.meta.url), "utf8");
  const { resume } = await extractSource({ path: `${name}.txt`, text, format: "text", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate]);

describe("text of PDF CVs set in common templates", () => {
  it("europasscv: each job under its date column, the employer's town and bracketed country its place", async () => {
    const r = await readTemplate("europasscv");
    expect(jobs(r)).toEqual([
      ["Aguas del Tajo S.A.", "Environmental Engineer", "2019-03", undefined],
      ["Química Levante S.L.", "Junior Process Engineer", "2016-09", "2019-02"],
      ["Instituto Geológico y Minero de España", "Intern", "2015-06", "2015-08"],
    ]);
    expect(r.work?.[0]?.location).toBe("Toledo (Spain)");
    expect(schools(r)).toEqual([
      ["Universidad Politécnica de Madrid", "Master’s Degree", "Environmental Engineering", "2014", "2016"],
      ["Universitat de València", "Bachelor’s Degree", "Chemical Engineering", "2010", "2014"],
    ]);
  });
});

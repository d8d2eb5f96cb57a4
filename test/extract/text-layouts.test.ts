import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/** Layouts of plain-text résumés (80-column files, text saved from a word processor), each on an invented CV. */
async function parse(text: string): Promise<Resume> {
  const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("plain-text job headers", () => {
  it("reads an employer line that ends in its company form's stop as the employer, not as a sentence", async () => {
    const r = await parse(
      [
        "MARTA OKONKWO",
        "marta.okonkwo@example.com",
        "",
        "EXPERIENCE",
        "",
        "Lead Data Engineer                                     2021 - Present",
        "Brightwater Analytics Inc.",
        "* Moved the nightly batch onto a streaming pipeline",
        "",
        "Data Engineer                                          2018 - 2021",
        "Norvale Foods S.A.",
        "* Kept the warehouse loads on time",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Brightwater Analytics Inc.", "Lead Data Engineer", "2021", undefined],
      ["Norvale Foods S.A.", "Data Engineer", "2018", "2021"],
    ]);
  });
});

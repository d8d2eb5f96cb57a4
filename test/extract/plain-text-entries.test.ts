import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/** Plain-text résumés as people type them (a word processor's text export, an 80-column file), each on an invented CV. */
async function parse(text: string, path = "cv.txt"): Promise<Resume> {
  const { resume } = await extractSource({ path, text, format: "text", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("plain-text job entries", () => {
  it("reads a remark in brackets after a job's dates as said of the job, and the title on the line under as its role", async () => {
    const text = [
      "Jane Roe",
      "jane@example.org",
      "",
      "EXPERIENCE",
      "",
      "  Northwind Traders",
      "  October 2019 - April 2020 (company folded)",
      "  Senior Software Developer",
      "",
      "  Built the order services in Go.",
      "",
      "  Contoso",
      "  October 2017 - September 2019",
      "  Software Developer",
      "",
      "  Joined a small team of developers.",
    ].join("\n");
    expect(jobs(await parse(text))).toEqual([
      ["Northwind Traders", "Senior Software Developer", "2019-10", "2020-04"],
      ["Contoso", "Software Developer", "2017-10", "2019-09"],
    ]);
  });
});

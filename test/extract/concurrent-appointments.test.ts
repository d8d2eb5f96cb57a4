import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate]);

describe("two appointments held at once, on neighbouring items of one list", () => {
  it("reads each dated item as a role of its own, though both start the same year at the same employer", async () => {
    const text = [
      "# Dana Whitfield",
      "",
      "### Employment",
      "",
      "- 2021 - present Senior Research Fellow in Geology, Westmark University",
      "- 2021 - present Lecturer (permanent), Westmark University.",
      "- 2015 - 2021 Postdoctoral Researcher, Harbour Institute.",
    ].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Westmark University", "Senior Research Fellow in Geology", "2021"],
      ["Westmark University", "Lecturer (permanent)", "2021"],
      ["Harbour Institute", "Postdoctoral Researcher", "2015"],
    ]);
  });
});

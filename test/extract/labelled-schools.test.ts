import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("a list of studies each labelled with its school", () => {
  it("reads the bold school before its colon as the institution, without the colon", async () => {
    const text = [
      "# Jo Example",
      "",
      "## Education",
      "",
      "- **Kestrel Polytechnic:** Bachelor of Science in Physics (Expected May 2027)",
      "- **Lowtown College:** Diploma in Audio Engineering (June 2020)",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect((resume.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([
      ["Kestrel Polytechnic", "Bachelor of Science", "Physics", "2027-05"],
      ["Lowtown College", "Diploma", "Audio Engineering", "2020-06"],
    ]);
  });
});

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

describe("studies written as records of the labels the jobs use", () => {
  it("reads the organisation's label before a school as no part of its name", async () => {
    const text = [
      "Jo Example",
      "==========",
      "",
      ":email: jo@example.org",
      "",
      "Experience",
      "----------",
      "May, 2016 - present",
      "    :description: Backend Developer",
      "    :organization: Acme Widgets",
      "    :location: Remote Position",
      "",
      "Education",
      "---------",
      "2007-2012",
      "    :description: Bachelor Degree in Telecommunications",
      "    :organization: Kestrel State Transport University",
      "    :location: Westmark",
      "",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.rst", text, format: "text", formatReason: "test" });
    expect((resume.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([["Kestrel State Transport University", "Bachelor Degree", "Telecommunications", "2012"]]);
  });
});

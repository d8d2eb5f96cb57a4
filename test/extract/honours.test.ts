import { describe, expect, it } from "vitest";
import { schoolWithoutHonours } from "../../src/extract/honours.js";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

describe("honours in brackets after a school's name", () => {
  it("cuts them from the school's name and gives them back apart", () => {
    expect(schoolWithoutHonours("University of Westmark (First Class Honours)")).toEqual({ school: "University of Westmark", honours: "First Class Honours" });
    expect(schoolWithoutHonours("University of Westmark")).toEqual({ school: "University of Westmark" });
  });

  it("keeps a minor in brackets after the school in the entry's text", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "EDUCATION", "", "BSc in Physics, University of Westmark (Minor in Economics)   2012 - 2015", ""].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    const [school] = (resume as Resume).education ?? [];
    expect([school?.institution, JSON.stringify(school)]).toEqual(["University of Westmark", expect.stringContaining("Minor in Economics")]);
  });
});

describe("honours listed under the studies", () => {
  it("tells of the study above them, each on a line of its own, and are no study", async () => {
    const text = [
      "# Jo Example",
      "",
      "## Education",
      "",
      "- B.S. in Physics, Northfield College, Ames, IA (2011)",
      "- Dean's List of Distinguished Students at Northfield College (2010)",
      "- Harper Memorial Scholarship (2008)",
      "- M.S. in Geology, Lowtown University (2013)",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect((resume.education ?? []).map((e) => [e.institution, e.studyType, e.endDate, e.highlights])).toEqual([
      ["Northfield College", "B.S.", "2011", ["Dean's List of Distinguished Students at Northfield College (2010)", "Harper Memorial Scholarship (2008)"]],
      ["Lowtown University", "M.S.", "2013", undefined],
    ]);
  });

  it("stays a study where it names a degree, or where no study comes before it", async () => {
    const text = ["# Jo Example", "", "## Education", "", "- Presidential Scholarship, Kestrel University (2009)", "- B.A. in History, Kestrel University, Rhodes Scholar (2012)"].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect((resume.education ?? []).map((e) => [e.institution, e.studyType])).toEqual([
      ["Kestrel University", undefined],
      ["Kestrel University", "B.A."],
    ]);
  });
});

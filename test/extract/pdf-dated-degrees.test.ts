import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readText } from "../support/extract.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate]);

/** What pdftotext makes of résumé templates that date a degree twice, each on an invented CV. */
describe("a degree's graduation on its line and its span under it", () => {
  it("reads each study once when a range alone follows a degree line dated by its graduation term", async () => {
    const text = [
      "Priya N. Raman",
      "",
      "priya.raman@example.com",
      "",
      "Education",
      "Northfield Institute of Technology",
      "M.S. Computer Science, Spring 2024",
      "",
      "GPA: 3.9",
      "Springfield, IL",
      "August 2022 - Present",
      "",
      "Northfield Institute of Technology",
      "GPA: 3.7",
      "Springfield, IL",
      "B.S. Computer Science, Spring 2022",
      "August 2018 - May 2022",
      "– Notable courses: Compilers, Operating Systems, Databases",
      "",
      "Experience",
      "Software Engineer",
      "Acme Analytics",
      "June 2022 - Present",
      "– Built the billing service",
    ].join("\n");
    expect(schools(await readText(text))).toEqual([
      ["Northfield Institute of Technology", "M.S.", "Computer Science", "2022-08", undefined],
      ["Northfield Institute of Technology", "B.S.", "Computer Science", "2018-08", "2022-05"],
    ]);
  });
});

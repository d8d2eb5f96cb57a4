import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readText } from "../support/extract.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate]);

/** What pdftotext makes of résumé templates set in tables (a degree dated twice, labels beside lists), each on an invented CV. */
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

describe("a table of skill labels beside their lists, set a column at a time", () => {
  it("gives each label its list when the last list is in lower case, rather than joining it to the list above", async () => {
    // pdftotext marks a page's end with a form feed: the text is a PDF's
    const text = ["Lena Ortiz", "lena@example.org", "", "Skills", "Language", "Framework", "Software", "", "C#, Java, Python", "React, Unity, Node.js", "vim, git, Linux", "", "Experience", "Engineer, Acme Corp", "2019 - 2021", "\f"].join("\n");
    const skills = ((await readText(text)).skills ?? []).map((s) => [s.name, s.keywords]);
    expect(skills).toEqual([
      ["Language", ["C#", "Java", "Python"]],
      ["Framework", ["React", "Unity", "Node.js"]],
      ["Software", ["vim", "git", "Linux"]],
    ]);
  });
});

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

describe("moderntimeline's years stacked before each entry", () => {
  it("joins a job's two years set one over the other into its span", async () => {
    const text = [
      "Tomas Berg", "tomas@example.net", "", "Work Experience", "2023", "",
      "Lead Engineer, Northwind Labs, Oslo, Norway",
      "Designed the platform's event pipeline and led a team of four engineers across two products.",
      "Moved the deployments to containers and cut release time by half.", "",
      "Tools: Go, Kafka, PostgreSQL.",
      "2019", "2022", "",
      "Backend Developer, Fjord Systems, Bergen, Norway",
      "Built the billing service and its public API for partner integrations.",
      "Wrote the test suite that made weekly releases safe.", "",
      "Tools: Java, Spring, MySQL.",
      "2017", "2017", "",
      "Intern, Harbour Data, Bergen, Norway",
      "Maintained internal dashboards and the reporting jobs behind them.",
      "Automated the monthly export that the finance team had made by hand.", "",
      "\f",
    ].join("\n");
    const jobs = ((await readText(text)).work ?? []).map((w) => [w.name, w.startDate, w.endDate]);
    expect(jobs).toEqual([
      ["Northwind Labs", "2023", "2023"],
      ["Fjord Systems", "2019", "2022"],
      ["Harbour Data", "2017", "2017"],
    ]);
  });

  it("leaves lone years in the order of single-year entries as they are", async () => {
    const text = ["Ana Sousa", "ana@example.pt", "", "Awards", "2015", "2018", "", "Best Thesis Prize, Lisbon Engineering Society", "Young Researcher Grant, Porto Science Fund", "", "\f"].join("\n");
    const awards = ((await readText(text)).awards ?? []).map((a) => [a.title, a.date]);
    expect(awards).toEqual([
      ["Best Thesis Prize", "2015"],
      ["Young Researcher Grant", "2018"],
    ]);
  });

  it("gives each of a section's entries its span where the bars stood side by side and all their years came first", async () => {
    const text = [
      "Tomas Berg", "tomas@example.net", "", "Work Experience", "2023", "",
      "Lead Engineer, Northwind Labs, Oslo, Norway",
      "Designed the platform's event pipeline and led a team of four engineers across two products.", "",
      "Tools: Go, Kafka, PostgreSQL.",
      "2019", "2022", "",
      "Backend Developer, Fjord Systems, Bergen, Norway",
      "Built the billing service and its public API for partner integrations.",
      "Wrote the test suite that made weekly releases safe.", "",
      "Tools: Java, Spring, MySQL.", "",
      "Other Experience", "2021", "2023", "2016", "2018", "",
      "Mentor, Code Harbour, Bergen, Norway",
      "Mentored new developers in code review and testing.", "",
      "Tutor, Fjord Coding School, Bergen, Norway",
      "Taught programming basics in evening classes.", "",
      "\f",
    ].join("\n");
    const jobs = ((await readText(text)).work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
    expect(jobs).toEqual([
      ["Northwind Labs", "Lead Engineer", "2023", "2023"],
      ["Fjord Systems", "Backend Developer", "2019", "2022"],
      ["Code Harbour", "Mentor", "2021", "2023"],
      ["Fjord Coding School", "Tutor", "2016", "2018"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a resume theme's sections kept in front matter as a switch and a list", () => {
  it("reads the jobs and studies of `experience:` and `education:` lists, and none of a section switched off", async () => {
    const r = await readMarkdown(
      [
        "---",
        'title: "Sam Ortiz\'s Resume"',
        "experience:",
        "  enable: true",
        "  list:",
        "    - title: Backend Developer",
        "      dates: 2019-Present",
        "      company: Northwind Labs",
        "    - title: Network Technician",
        "      dates: 2015 - 2019",
        "      company: Contoso Agency",
        "education:",
        "  enable: true",
        "  list:",
        "    - degree: Bachelor of Science in Physics",
        "      university: Westmark University",
        '      dates: "2015"',
        "projects:",
        "  enable: false",
        "  list: []",
        "---",
        "",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Northwind Labs", "Backend Developer", "2019", undefined],
      ["Contoso Agency", "Network Technician", "2015", "2019"],
    ]);
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.endDate])).toEqual([["Westmark University", "Bachelor of Science", "Physics", "2015"]]);
  });

  it("reads a year YAML took for a number under `date:` as it does under `dates:`", async () => {
    const r = await readMarkdown(
      ["---", "experience:", "  list:", "    - title: Backend Developer", "      company: Northwind Labs", "      date: 2019", "education:", "  list:",
        "    - degree: Bachelor of Science in Physics", "      university: Westmark University", "      date: 2015", "---", ""].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.startDate])).toEqual([["Northwind Labs", "2019"]]);
    expect(r.education?.map((e) => [e.institution, e.endDate])).toEqual([["Westmark University", "2015"]]);
  });
});

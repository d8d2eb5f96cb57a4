import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const read = async (text: string) => (await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" })).resume;

describe("section titles that CVs set in LaTeX templates use", () => {
  it("reads the schools under 'Akademische Laufbahn' as education, not as more jobs", async () => {
    const r = await read(
      ["Max Mustermann", "max.mustermann@example.de", "", "Berufserfahrung", "2019 – heute Softwareentwickler, Beispiel GmbH, Köln", "", "Akademische Laufbahn", "2014 – 2019 Universität Bonn", "2006 – 2014 Goethe-Gymnasium, Bonn"].join("\n"),
    );
    expect(r.work?.map((w) => w.name)).toEqual(["Beispiel GmbH"]);
    expect(r.education?.map((e) => [e.institution, e.location, e.startDate, e.endDate])).toEqual([
      ["Universität Bonn", undefined, "2014", "2019"],
      ["Goethe-Gymnasium", "Bonn", "2006", "2014"],
    ]);
  });

  it("keeps 'Co-Curricular' and 'Seminars Conducted' as sections of their own, not lines of the job above", async () => {
    const r = await read(
      ["Asha Rao", "asha.rao@example.in", "", "Experience", "2019 – present Software Engineer, Lotus Works, Pune", "", "Co-Curricular", "Member of the college robotics club", "", "Seminars Conducted", "Introduction to Git for first-year students"].join("\n"),
    );
    expect(r.work).toHaveLength(1);
    expect(JSON.stringify(r.work)).not.toMatch(/robotics|Introduction to Git/);
    expect(JSON.stringify(r)).toContain("Member of the college robotics club");
    expect(JSON.stringify(r)).toContain("Introduction to Git for first-year students");
  });
});

describe("section titles named for a placement", () => {
  it("reads the jobs under 'Work Placement', the British student's title for time in industry, as work in Markdown and in plain text", async () => {
    const markdown = ["# Orla Penhale", "", "orla@example.com", "", "## Work Placement", "", "**Halden Motors**, Leeds — June 2022 - July 2022", "", "- Shadowed the workshop team.", "", "## Education", "", "**Roundhay School**, Leeds — 2017 - 2023"];
    const text = ["Orla Penhale", "orla@example.com", "", "WORK PLACEMENT", "Halden Motors, Leeds — June 2022 - July 2022", "- Shadowed the workshop team.", "", "EDUCATION", "Roundhay School, Leeds — 2017 - 2023"];
    const resumes = [(await extractSource({ path: "cv.md", text: markdown.join("\n"), format: "markdown", formatReason: "test" })).resume, await read(text.join("\n"))];
    for (const r of resumes) expect(r.work?.map((w) => [w.name, w.startDate, w.endDate, w.location])).toEqual([["Halden Motors", "2022-06", "2022-07", "Leeds"]]);
  });
});

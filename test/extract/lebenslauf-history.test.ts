import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.startDate, e.endDate]);

/** A Lebenslauf's one history, each paragraph its dates and title over the employer or school in bold, on an invented CV. */
describe("paragraphs that open with their dates and title over a bold name", () => {
  const text = [
    "# Jonas Weidler",
    "",
    "## Werdegang",
    "",
    "**04.2024 – heute** · *Werkstudent Softwareentwicklung*  ",
    "**Kestrel Systems GmbH, Lindau**  ",
    "▸ Pflege interner Werkzeuge",
    "",
    "---",
    "",
    "**06.2022 – 03.2024** · *Aushilfe im Kundenservice*  ",
    "**Ferngrund Handel**  ",
    "▸ Beratung am Telefon",
    "",
    "---",
    "",
    "**10.2021 – 09.2024** · *Student*  ",
    "**Universität Lindau**  ",
    "▸ Physik – Bachelor of Science  ",
    "▸ Schwerpunkt Optik",
    "",
    "---",
    "",
    "**08.2012 – 06.2021** · *Abitur*  ",
    "**Albrecht-Gymnasium Lindau**  ",
    "▸ Leistungskurse: Physik & Englisch",
  ].join("\n");

  it("reads each paragraph as one entry, its dates and title those of the bold name under them", async () => {
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Kestrel Systems GmbH", "Werkstudent Softwareentwicklung", "2024-04", undefined],
      ["Ferngrund Handel", "Aushilfe im Kundenservice", "2022-06", "2024-03"],
    ]);
  });

  it("reads a degree or a student's studies at a school, told among the jobs, as education", async () => {
    expect(schools(await readMarkdown(text))).toEqual([
      ["Universität Lindau", "Bachelor of Science", "2021-10", "2024-09"],
      ["Albrecht-Gymnasium Lindau", "Abitur", "2012-08", "2021-06"],
    ]);
  });
});

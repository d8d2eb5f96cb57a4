import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { entryDoubt, onlyDate } from "../../src/explain/entry-doubts.js";
import { explainReading } from "../../src/explain/explain-reading.js";
import { loadResume } from "../../src/load-resume.js";
import { REPO } from "../support/paths.js";

const CASES = resolve(REPO, "../shared/corpus/cases");
const OVERVIEW = join(CASES, "cjk-ikazuchi.md");

/** A corpus case explained: its lines, found by their text. */
async function explainCase(file: string) {
  const loaded = await loadResume(join(CASES, file));
  if (!loaded.ok) throw new Error(`${file} did not load`);
  const lines = explainReading(file, loaded.value.reading!).lines;
  return (text: string) => lines.find((l) => l.text.trim() === text)!;
}
const dir = mkdtempSync(join(tmpdir(), "vitae-evidence-doubts-"));

async function explain(name: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n"));
  const loaded = await loadResume(path);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  const explanation = explainReading(name, loaded.value.reading!);
  return (text: string) => explanation.lines.find((l) => l.text.includes(text))!;
}

describe("a job's title written in its text", () => {
  // the layout of pandoc CVs: dates as a definition term, the employer as its definition, the role as the description's lead-in
  const cv = ["# Ana Ruiz", "", "## Experiencia", "", "2009 - 2010", ":   Fundación Prodintec", "", "*Técnico en el Área de Producción Industrial*. Visión por computador y", "reconocimiento de patrones.", ""];

  it("leaves no doubt where the parser took the emphasised role that opens the line as the job's", async () => {
    const line = (await explain("lead.md", cv))("Técnico en el Área");
    expect(line.role).toBe("entry");
    expect(line.label).toMatch(/role/);
    expect(line.doubt).toBeUndefined();
  });

  it("flags the line that opens with a role set apart only by punctuation when the job has none", async () => {
    const plain = cv.map((l) => l.replace("*Técnico en el Área de Producción Industrial*.", "Senior Software Engineer:"));
    const line = (await explain("plain.md", plain))("Senior Software Engineer");
    expect(line.role).toBe("highlight");
    expect(line.doubt?.message).toMatch(/"Senior Software Engineer" opens this line and is worded as a job title/);
  });

  it("leaves the lead-in alone when the job's head gives its role", async () => {
    const line = (await explain("titled.md", ["# Ana Ruiz", "", "## Experience", "", "### Acme | Engineer | 2019 – 2022", "", "*Developer*. Built the billing service.", ""]))("Built the billing");
    expect(line.doubt).toBeUndefined();
  });

  it("leaves a lead-in that is no role alone", async () => {
    const line = (await explain("topic.md", cv.map((l) => l.replace("Técnico en el Área de Producción Industrial", "Visión artificial"))))("Visión artificial");
    expect(line.doubt).toBeUndefined();
  });
});

describe("several roles read as one job", () => {
  const promoted = ["# Caleb Lima", "", "## Experience", "", "### Everis — Software Developer", "- Jul 2020 – Sep 2020", "- Resolved defects in the manager cockpit", "", "### Squadra Digital — Software Developer → Junior Software Developer", "- Jun 2018 – Jul 2019 | Anápolis, Brazil", "- CVM: maintained critical features", "- Dec 2017 – May 2018 (Junior): Sky Sirius platform", ""];

  it("flags the head of a job whose title names two roles and whose text gives a second span", async () => {
    const head = (await explain("promoted.md", promoted))("### Squadra Digital");
    expect(head.doubt?.message).toMatch(/names 2 roles, and its text gives a span of its own \("Dec 2017 – May 2018"\)/);
  });

  it("leaves a promotion told in one title with one span alone", async () => {
    const head = (await explain("one-span.md", promoted.slice(0, -2)))("### Squadra Digital");
    expect(head.doubt).toBeUndefined();
  });

  it("leaves a one-role title alone whatever spans its text gives", async () => {
    const head = (await explain("one-role.md", promoted.map((l) => l.replace(" → Junior Software Developer", ""))))("### Squadra Digital");
    expect(head.doubt).toBeUndefined();
  });
});

describe("an entry stitched together past another", () => {
  // a skills grid written in HTML: a group nested amid a column of skills, the column going on after it
  const grid = [
    "# Kim Minsu", "", "kim@example.com", "", "# Skills", "", "**업무 활용**", '<div style="display: flex;">', '    <div style="flex: 1;">',
    "        <li>Java</li>", "        <li>Spring Boot</li>", "    </div>", '    <div style="flex: 1;">', "        <ul>",
    '            <li style="list-style-type: none;">', "                <details open>", "                    <summary>Spring Cloud</summary>",
    "                    <ul>", "                        <li>Eureka</li>", "                    </ul>", "                </details>", "            </li>",
    "            <li>Kubernetes</li>", "            <li>Docker</li>", "        </ul>", "    </div>", "</div>", "",
  ];

  it("flags the group's head and the lines read back into it after the nested group", async () => {
    const line = await explain("grid.md", grid);
    expect(line("업무 활용").doubt?.message).toMatch(/run on past another entry of skills \(line 17\)/);
    expect(line("Docker").doubt?.message).toMatch(/run on past another entry of skills/);
    expect(line("Java").doubt).toBeUndefined();
    expect(line("Eureka").doubt).toBeUndefined();
  });

  // cjk-ikazuchi: a table of jobs at the top, each job told again under a heading of its own further down
  it.skipIf(!existsSync(OVERVIEW))("leaves alone an entry told twice, in an overview table and again under a heading of its own", async () => {
    const loaded = await loadResume(OVERVIEW);
    if (!loaded.ok) throw new Error("cjk-ikazuchi did not load");
    const lines = explainReading("cjk-ikazuchi.md", loaded.value.reading!).lines;
    const donuts = lines.filter((l) => l.paths.some((p) => p.startsWith("/work/0")));
    // the case still reads the table row and the detail as one entry, lines apart
    expect(donuts.some((l) => l.text.includes("|株式会社Donuts|")) && donuts.some((l) => l.text.includes("### 2017年4月"))).toBe(true);
    expect(lines.filter((l) => l.doubt?.message.includes("run on past"))).toEqual([]);
  });
});

describe("an entry named by a date", () => {
  // an HTML CV that sets each item's date in a paragraph of its own above the item
  const dated = (first: string) => [
    "# Pat Curtis", "", "pat@example.edu", "", "## Publications", "", `<p class="date">${first}</p>`, "",
    "<p>“Speaking with the Dead: Digital Oral History”<br>Presenter, Digital Pedagogies Symposium</p>", "",
    '<p class="date">Jun 12-16, 2017</p>', "", "<p>“Extracting Cultural Networks”<br>Participant, Digital Humanities Summer Institute</p>", "",
  ];

  it("flags a publication whose title was taken from its date line, a span of days with a month name included", async () => {
    const line = await explain("dated.md", dated("Nov 6, 2017"));
    expect(line("Nov 6, 2017").doubt?.message).toBe('"Nov 6, 2017" is a date, yet it was taken as the name of an entry of publications');
    expect(line("Jun 12-16, 2017").doubt?.message).toMatch(/"Jun 12-16, 2017" is a date/);
    expect(line("Speaking with the Dead").doubt?.message).toMatch(/is a date/);
  });

  it("tells onlyDate a date from a name that holds one", () => {
    expect(["2018", "Nov 6, 2017", "May 30-Jun 2, 2017", "2010 - present"].filter(onlyDate)).toHaveLength(4);
    expect(["C#", "n8n", "ICML 2025", "Best Paper, 2019", "Mai 2019 Hackathon"].filter(onlyDate)).toEqual([]);
  });
});

describe("a job's title that reads as a clause", () => {
  // moderncv set as text: the dates on a line of their own, then "Role, Employer, Place." (or with a label before the role)
  const moderncv = [
    "Jana Hofer", "jana@example.at", "", "Berufserfahrung", "", "03/2018 – 07/2018", "", "Berufspraktikum, TGW Logistics Group, Wels.", "Aufbau einer Testanlage", "",
    "02/2011 – 09/2013", "", "Schicht: Monteur im Sondermaschinenbau, Inocon, Attnang-Puchheim.", "Aufgaben:", "○ Fertigung von Schweißkonstruktionen", "",
  ];

  it("flags a job whose title is a list of phrases closed by a full stop, and leaves the job read in full alone", async () => {
    const line = await explain("moderncv.txt", moderncv);
    expect(line("Schicht: Monteur").doubt?.message).toMatch(/^"Monteur im Sondermaschinenbau, Inocon, Attnang-…" reads as a clause, not a job title/);
    expect(line("02/2011").doubt?.message).toMatch(/reads as a clause/);
    expect(line("Berufspraktikum, TGW").doubt).toBeUndefined();
  });

  it("leaves a title with a closing stop and no list alone", async () => {
    const line = await explain("stopped.md", ["# Ben Philips", "", "## Experience", "", "### Rackspace Inc | Engineer of Developer Happiness. | 2012 – 2014", "", "- Ran the developer portal", ""]);
    expect(line("Rackspace").doubt).toBeUndefined();
  });
});

describe.skipIf(!existsSync(CASES))("an entry named from below its text (corpus cases)", () => {
  // web-adiletay, an hh.ru export: employer, industry, dates, role, text; the employer "KoksheLab" read as the job above's text
  it("flags the head of a job named from a line below its text, and the text above the name", async () => {
    const line = await explainCase("web-adiletay.txt");
    expect(line("Школа, детский сад").doubt?.message).toBe("the entry's name was read from line 63, below lines read as its text: the text above may hold its real name");
    expect(line("KoksheLab").doubt?.message).toMatch(/read from line 63/);
    expect(line("Преподаватель").doubt?.message).toMatch(/read from line 63/);
  });

  // eu-gbayon: a definition list of labelled fields ("Puesto" / ": Bioinformático", "Organismo" / ": Universidad de Oviedo")
  it("leaves alone a name read from the entry's own labelled fields", async () => {
    const line = await explainCase("eu-gbayon.md");
    expect(line(":   *Bioinformático*").paths).toEqual(["/work/0/position"]);
    expect(line(":   *Bioinformático*").doubt).toBeUndefined();
  });
});

describe("an entry named by a section's title", () => {
  // a combined "Publications and certifications" part, its second half set as a bold line rather than a heading
  const combined = (second: string) => ["# Sam Reed", "", "sam@example.org", "", "## Publications", "", "**Streaming joins at scale**", "VLDB 2023 · with A. Chen", "", `**${second}**`, "AWS Certified AI Practitioner · IBM Python for Data Science and AI", ""];

  it("flags a publication whose title is a section's title in so many words", async () => {
    const line = await explain("certifications.md", combined("Certifications"));
    expect(line("**Certifications**").doubt?.message).toBe(`"Certifications" is a section's title, yet it was read as the name of an entry of publications`);
    expect(line("Streaming joins").doubt).toBeUndefined();
  });

  it("leaves alone a title that only holds a section's word", async () => {
    const line = await explain("project.md", combined("Certification Exam Project"));
    expect(line("Certification Exam Project").doubt).toBeUndefined();
  });
});

describe("an entry named by what names no entry", () => {
  it("flags a project named by a date and a place, or by a web address alone", async () => {
    const line = await explain("named.md", ["# Jo Doe", "", "## Projects", "", "- **May 2019 | Logan, UT**: built a weather balloon", "- **https://jo.example.org/portfolio**: my portfolio", ""]);
    expect(line("May 2019 | Logan").doubt?.message).toMatch(/"May 2019 \| Logan, UT" is a date/);
    expect(line("jo.example.org").doubt?.message).toMatch(/is a web address, yet it was taken as the name/);
  });

  it("flags a skill that is only a level, and leaves a section title vitae knows alone", async () => {
    const line = await explain("levels.md", ["# Jo Doe", "", "## Skills", "", "- Python", "- sehr gute Kenntnisse", "- Java", "", "## Additional Information", "", "Happy to relocate.", ""]);
    expect(line("sehr gute Kenntnisse").doubt?.message).toMatch(/says how well, not what/);
    expect(line("Happy to relocate").doubt).toBeUndefined();
  });
});

describe("readings written apart from what names them", () => {
  it("flags an employer written as a phrase of text, and leaves a name with its particles alone", () => {
    expect(entryDoubt("work", { name: "Onboarding task", position: "Worker classification decisions" })?.message).toMatch(/^"Onboarding task" is written as a phrase of text, not as a name/);
    expect(entryDoubt("work", { name: "Banco do Brasil", position: "Analyst" })).toBeUndefined();
    expect(entryDoubt("work", { name: "Universidad de Oviedo", position: "Investigador" })).toBeUndefined();
  });

  it("flags a project named by a place or by a link's label, and leaves a project's own name alone", () => {
    expect(entryDoubt("projects", { name: "Logan, UT" })?.message).toMatch(/^"Logan, UT" is a place/);
    expect(entryDoubt("projects", { name: "PyPI project", url: "https://pypi.org/project/textcleaner/" })?.message).toMatch(/labels a link/);
    expect(entryDoubt("projects", { name: "Documentation" })?.message).toMatch(/labels a link/);
    expect(entryDoubt("projects", { name: "Text Cleaner" })).toBeUndefined();
    expect(entryDoubt("projects", { name: "Project Euler Solutions" })).toBeUndefined();
  });

  it("flags a paper whose title is a list of people, and leaves a title with a name in it alone", () => {
    expect(entryDoubt("publications", { name: "James Demmel, Jack Dongarra, Beresford N. Parlett, William Kahan" })?.message).toMatch(/is a list of people/);
    expect(entryDoubt("publications", { name: "Prospectus for the next LAPACK and ScaLAPACK libraries" })).toBeUndefined();
  });

  it("flags a job title that runs two words together where a PDF's text lost a line break, and leaves a brand's capitals alone", () => {
    expect(entryDoubt("work", { name: "Acme", position: "Hiring manager trainingMid-Market Account Executive" })?.message).toMatch(/runs two words together \("trainingMid"\)/);
    expect(entryDoubt("work", { name: "Acme", position: "SharePoint Administrator" })).toBeUndefined();
    expect(entryDoubt("work", { name: "Acme", position: "Senior JavaScript Developer" })).toBeUndefined();
  });

  it("flags a skill beside a level written on a line of its own, as a PDF's column of levels comes out", async () => {
    const line = await explain("levels.txt", ["Jo Doe", "", "Technische Kenntnisse", "Matlab & Simulink", "", "sehr gute Kenntnisse", "", "Spyder IDE, Mathematica", ""]);
    expect(line("Matlab & Simulink").doubt?.message).toMatch(/a level written on a line of its own/);
  });
});

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/format.js";
import { loadResume } from "../../src/load-resume.js";
import { readSource } from "../../src/source/read-source.js";
import { REPO } from "../support/paths.js";
import { runVitae } from "../support/run.js";
import { evenCellsPdf, flushRightPdf, largeNamePdf, linesPdf, linkedPdf, nestedListPdf, textPdf } from "./support/make-documents.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-pdf-in-"));
const LINKEDIN = join(REPO, "../shared/corpus/pdfs/pdf-linkedin-afshafei.pdf");

describe("a PDF source", () => {
  it("is read with its layout as Markdown: the large name a heading, the bold heading a section", async () => {
    const path = join(dir, "ada.pdf");
    writeFileSync(path, await textPdf());
    const source = await readSource(path);
    expect(source.ok && source.value.format).toBe("markdown");
    const text = source.ok ? source.value.text : "";
    expect(text.split("\n").slice(0, 3)).toEqual(["# Ada Lovelace", "", "## Experience"]);
    // the dates set at the right margin are a field of their own, after a tab
    expect(text).toContain("**Analytical Engine Company**\t2019 - 2021\\\nMathematician");
    const loaded = await loadResume(path);
    expect(loaded.ok && loaded.value.resume.basics?.name).toBe("Ada Lovelace");
    expect(loaded.ok && loaded.value.resume.work?.[0]).toMatchObject({ name: "Analytical Engine Company", position: "Mathematician", startDate: "2019", endDate: "2021" });
  });

  it("has a word broken at the margin joined, its hyphen kept unless the document spells the word without it", async () => {
    const path = join(dir, "hyphens.pdf");
    writeFileSync(path, await linesPdf(["Built a data-", "driven engine and its pre-", "processing; preprocessing took a week."]));
    const source = await readSource(path);
    expect(source.ok && source.value.text).toContain("Built a data-driven engine and its preprocessing; preprocessing took a week.\n");
  });

  it("has lines set like a known title, in its section, read as its sibling headings", async () => {
    const path = join(dir, "groups.pdf");
    const group = (text: string) => ({ text, size: 11, bold: true });
    const lines = ["Analyst of engines who wrote the first published algorithm for them.", { text: "Digital Skills", size: 16, bold: true }, group("Programming Languages"), "Python / C", group("UI"), "HTML / CSS", group("Cloud"), "AWS / Git"];
    writeFileSync(path, await linesPdf(lines));
    const source = await readSource(path);
    const headings = (source.ok ? source.value.text : "").split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(["# Ada Lovelace", "## Digital Skills", "### Programming Languages", "### UI", "### Cloud"]);
  });

  it("has a known section's name in bold tight under an entry read as the entry's, not as a section", async () => {
    const path = join(dir, "volunteer.pdf");
    const strong = (text: string) => ({ text, bold: true });
    writeFileSync(path, await linesPdf([{ text: "Experience", size: 14, bold: true }, strong("Lovelace Club, London"), strong("Volunteer"), "Ran the club's meetings on engines.", "", strong("Publications"), "Notes on the Analytical Engine, 1843."]));
    const source = await readSource(path);
    const headings = (source.ok ? source.value.text : "").split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(["# Ada Lovelace", "## Experience", "## Publications"]);
  });

  it("has a name set large in two fonts read whole, with its word space, and the small line set under it a line of its own (Awesome-CV's header)", async () => {
    const path = join(dir, "large-name.pdf");
    writeFileSync(path, await largeNamePdf());
    const source = await readSource(path);
    expect((source.ok ? source.value.text : "").split("\n").slice(0, 3)).toEqual(["# Ingrid Solberg", "", "Reservoir Engineer"]);
    const loaded = await loadResume(path);
    expect(loaded.ok && loaded.value.resume.basics?.name).toBe("Ingrid Solberg");
  });

  it("has the small line set under a large name a line of its own though its top is above the name's descenders, as long as it is under the name's baseline", async () => {
    const path = join(dir, "large-name-close.pdf");
    writeFileSync(path, await largeNamePdf(11));
    const source = await readSource(path);
    expect((source.ok ? source.value.text : "").split("\n").slice(0, 3)).toEqual(["# Ingrid Solberg", "", "Reservoir Engineer"]);
  });

  it("has a sentence set larger than the body under the last section read as text, not as a heading that would split the section (Awesome-CV's closing line)", async () => {
    const path = join(dir, "closing.pdf");
    const lines = [{ text: "Experience", size: 16, bold: true }, { text: "Analytical Engine Company", bold: true }, "Mathematician, 2019 - 2021", "Wrote the first algorithm for the engine.", "", { text: "For additional information, please visit ada.example.org.", size: 12 }];
    writeFileSync(path, await linesPdf(lines));
    const source = await readSource(path);
    const headings = (source.ok ? source.value.text : "").split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(["# Ada Lovelace", "## Experience"]);
  });

  it("has lines that each open with a label ended where the PDF ends them, though the next label would have fitted above", async () => {
    const path = join(dir, "labels.pdf");
    writeFileSync(path, await linesPdf(["Languages: Java, JavaScript, C++, Python, SQL, HTML/CSS, Kotlin, Scala, Haskell, OCaml", "Frameworks / Packages: React, Node.js, JUnit, NumPy, TensorFlow, Selenium", "Tools/Environments: Git, Docker, Jupyter Notebooks", "and the rest of a sentence that wraps"]));
    const source = await readSource(path);
    expect(source.ok && source.value.text).toContain("Selenium\\\nTools/Environments: Git, Docker, Jupyter Notebooks\n");
  });

  it("has an accent pdflatex's fonts set apart from its letter joined to it again", async () => {
    const path = join(dir, "accents.pdf");
    writeFileSync(path, await linesPdf(["J¨ulich Research Center, Fran¸cois Cr´epin"]));
    const source = await readSource(path);
    expect(source.ok && source.value.text).toContain("Jülich Research Center, François Crépin");
  });

  it("gives a capital its cedilla, which pdflatex sets after it, not the letter after it", async () => {
    const path = join(dir, "cedillas.pdf");
    writeFileSync(path, await linesPdf(["C¸ankaya University, Ay¸se S¸ahin"]));
    const source = await readSource(path);
    expect(source.ok && source.value.text).toContain("Çankaya University, Ayşe Şahin");
  });

  it("has paragraphs set with a hanging indent parted where a line is back at the margin", async () => {
    const path = join(dir, "hanging.pdf");
    const indented = (text: string) => ({ text, x: 80 });
    const lines = [{ text: "Experience", size: 14, bold: true }, "1843 Translator of Menabrea's paper,", indented("to which she added her notes,"), indented("longer than the paper itself."), "1835 Student of mathematics under", indented("Augustus De Morgan.")];
    writeFileSync(path, await linesPdf(lines));
    const source = await readSource(path);
    expect(source.ok && source.value.text).toMatch(/longer than the paper itself\.\n\n1835 Student/);
    expect(source.ok && source.value.text).toMatch(/1843 Translator of Menabrea's paper,\nto which/);
  });

  it("has cells set flush right at the margin read on their entries' lines, not as a column of their own", async () => {
    const path = join(dir, "flush-right.pdf");
    writeFileSync(path, await flushRightPdf());
    const source = await readSource(path);
    const text = source.ok ? source.value.text : "";
    expect(text).toContain("**Austin Community College**\tAustin, TX\\\nAssociate of Science in Mathematics\tAug. 2018 – May 2020");
    expect(text).toContain("**Software Engineering Intern**\tMay 2023 – Aug. 2023\\\nDell Technologies\tRound Rock, TX");
    const loaded = await loadResume(path);
    const work = loaded.ok ? loaded.value.resume.work : [];
    expect(work?.map((w) => [w.name, w.position, w.startDate, w.location])).toEqual([
      ["Dell Technologies", "Software Engineering Intern", "2023-05", "Round Rock, TX"],
      ["Texas Advanced Computing Center", "Undergraduate Research Assistant", "2022-01", "Austin, TX"],
    ]);
    expect(loaded.ok && loaded.value.resume.education?.map((e) => e.location)).toEqual(["Austin, TX", "Austin, TX"]);
  });

  it("has a place set flush right beside its entry's name kept on its line, though it is as wide as the dates under it", async () => {
    const path = join(dir, "even-cells.pdf");
    writeFileSync(path, await evenCellsPdf());
    const source = await readSource(path);
    expect(source.ok && source.value.text).toContain("**Solarwerk Research**\tStuttgart, Germany\\\nResearch Engineer\tJul 2012 - Jul 2014");
    const loaded = await loadResume(path);
    expect(loaded.ok && loaded.value.resume.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Solarwerk Research", "Research Engineer", "Stuttgart, Germany"],
      ["Netzplan", "Grid Analyst", "Freiburg, Germany"],
    ]);
  });

  it("has a bullet set right of an open item's bullet read as that item's own item, and a known title a point larger than the text as a section (sb2nov's résumé)", async () => {
    const path = join(dir, "nested-list.pdf");
    writeFileSync(path, await nestedListPdf());
    const source = await readSource(path);
    const text = source.ok ? source.value.text : "";
    expect(text).toContain("## Experience");
    expect(text).toMatch(/^- \*\*Lumen Freight Inc\.\*\*\tDenver, CO\\\n {2}Senior Backend Engineer\tMar 2021 – Present\n {2}- Rate Engine: /m);
    const loaded = await loadResume(path);
    const work = loaded.ok ? loaded.value.resume.work : [];
    expect(work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.highlights?.length])).toEqual([
      ["Lumen Freight Inc.", "Senior Backend Engineer", "2021-03", undefined, 2],
      ["Harborview Analytics", "Software Engineer", "2018-01", "2021-02", 2],
    ]);
  });

  it("has a link over part of a line take only its words, and one wrapped over two lines read whole", async () => {
    const path = join(dir, "links.pdf");
    writeFileSync(path, await linkedPdf());
    const source = await readSource(path);
    const text = source.ok ? source.value.text : "";
    expect(text).toContain("[ada@example.com](mailto:ada@example.com) | +44 20 7946 0000");
    expect(text).toContain("[www.linkedin.com/in/ada-lovelace-1815 (LinkedIn)](https://www.linkedin.com/in/ada-lovelace-1815)");
    const loaded = await loadResume(path);
    expect(loaded.ok && loaded.value.resume.basics).toMatchObject({ email: "ada@example.com", phone: "+44 20 7946 0000", profiles: [{ network: "LinkedIn", username: "ada-lovelace-1815" }] });
  });

  it.runIf(existsSync(LINKEDIN))("from LinkedIn reads its sidebar first, after the name, headline and place", async () => {
    const source = await readSource(LINKEDIN);
    const lines = (source.ok ? source.value.text : "").split("\n").filter(Boolean);
    expect(lines.slice(0, 4)).toEqual(["# Afshin Shafei, Ph.D.", "Research Fellow @ Sapienza Università di Roma | PhD in", "Environmental Engineering\\", "Rome, Latium, Italy"]);
    const sections = lines.filter((l) => l.startsWith("#")).map((l) => l.replace(/^#+ /, ""));
    expect(sections.slice(1, 5)).toEqual(["Contact", "Top Skills", "Languages", "Summary"]);
    // the sidebar's last line, level with a line of the summary, stays in the sidebar
    expect(lines.slice(lines.indexOf("### Languages"), lines.indexOf("## Summary")).at(-1)).toBe("Azerbaijani (Native or Bilingual)");
    expect(lines).toContain("technical innovation and business strategy, guiding executive teams");
    const loaded = await loadResume(LINKEDIN);
    expect(loaded.ok && loaded.value.resume.skills?.map((s) => s.name)).toEqual(["Weather Forecasting", "Modeling and Simulation", "Hydrologic Modeling"]);
    // the profile's address wraps in the sidebar at a hyphen of its own: it reads whole, once
    expect(loaded.ok && loaded.value.resume.basics?.profiles).toEqual([{ network: "LinkedIn", username: "afshin-shafei-ph-d-a92425117", url: "https://www.linkedin.com/in/afshin-shafei-ph-d-a92425117", label: "LinkedIn" }]);
    expect(loaded.ok && loaded.value.resume.work?.[1]?.summary).toContain("Advise on data-driven decision-making");
  });

  it.runIf(existsSync(LINKEDIN))("is read whole when a batch reads several PDFs at once", async () => {
    const pdfs = readdirSync(join(REPO, "../shared/corpus/pdfs")).map((f) => join(REPO, "../shared/corpus/pdfs", f));
    const loaded = await Promise.all(pdfs.map((pdf) => loadResume(pdf)));
    expect(loaded.filter((l) => !l.ok).map((l) => l.diagnostics[0]?.message)).toEqual([]);
  });

  // moderncv's CV, whose interleaved columns leave the extractor lines to report on
  const MODERNCV = LINKEDIN.replace("pdf-linkedin-afshafei", "pdf-moderncv-jbuchner");
  it.runIf(existsSync(MODERNCV))("has its diagnostics placed at page and line", async () => {
    const loaded = await loadResume(MODERNCV);
    const placed = loaded.diagnostics.filter((d) => d.position);
    expect(placed.length).toBeGreaterThan(0);
    for (const d of placed) expect(formatDiagnostic(d)).toMatch(/pdf-moderncv-jbuchner\.pdf:p[12]:\d+: \w+: /);
  });

  it("built by vitae reads back exactly from the résumé embedded in it", async () => {
    const built = await runVitae(["build", join(REPO, "resumes/xueshen.md"), "--format", "pdf", "--out", dir]);
    expect(built.code, built.stderr).toBe(0);
    const [fromPdf, fromSource] = await Promise.all([loadResume(join(dir, "xueshen.pdf")), loadResume(join(REPO, "resumes/xueshen.md"))]);
    expect(fromPdf.ok && fromPdf.value.source.format).toBe("json");
    expect(fromPdf.ok && fromPdf.value.resume).toEqual(fromSource.ok && fromSource.value.resume);
    const [parsedPdf, parsedSource] = await Promise.all([runVitae(["parse", join(dir, "xueshen.pdf")]), runVitae(["parse", join(REPO, "resumes/xueshen.md")])]);
    expect(parsedPdf.stdout).toBe(parsedSource.stdout);
  });
});

describe("a source's kind", () => {
  it("is a PDF when it starts with a PDF header, whatever its name, and text when it only quotes one", async () => {
    const renamed = join(dir, "cv-download");
    writeFileSync(renamed, await textPdf());
    const pdf = await readSource(renamed);
    expect(pdf.ok && pdf.value.formatReason).toMatch(/PDF/);
    const quoting = join(dir, "notes.md");
    writeFileSync(quoting, "# Ada Lovelace\n\nEvery PDF file starts with %PDF-1.7 and ends with %%EOF.\n");
    const text = await readSource(quoting);
    expect(text.ok && text.value.format).toBe("markdown");
    expect(text.ok && text.value.text).toContain("%PDF-1.7");
  });
});

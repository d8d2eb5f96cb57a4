import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDocx } from "../../src/export/write-docx.js";
import { loadResume } from "../../src/load-resume.js";
import { readSource } from "../../src/source/read-source.js";
import { REPO } from "../support/paths.js";
import { parseResume } from "../support/round-trip.js";
import { twoColumnDocx } from "./support/make-documents.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-docx-in-"));

describe("a Word source", () => {
  it("laid out in a two-column table reads the sidebar cell, then the main cell, each whole", async () => {
    const path = join(dir, "grace.docx");
    writeFileSync(path, await twoColumnDocx());
    const source = await readSource(path);
    const text = source.ok ? source.value.text : "";
    // the name, set in Word's Title style, is the document's first heading
    expect(text.startsWith("<h1>Grace Hopper</h1>\n")).toBe(true);
    const order = ["Grace Hopper", "Skills", "COBOL", "Experience", "Remington Rand", "Education", "Yale University"].map((t) => text.indexOf(t));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)), text).toBe(true);
    const loaded = await loadResume(path);
    expect(loaded.ok && loaded.value.resume).toMatchObject({
      basics: { name: "Grace Hopper" },
      skills: [{ name: "COBOL" }, { name: "Compilers" }],
      work: [{ name: "Remington Rand", position: "Senior Mathematician", startDate: "1949", endDate: "1967" }],
      education: [{ institution: "Yale University", endDate: "1934" }],
    });
  });
});

describe("a Word document vitae writes", async () => {
  const resume = await parseResume(join(REPO, "resumes/shengyu-liu.md"));
  const zip = await JSZip.loadAsync(await writeDocx({ ...resume, meta: { ...resume.meta, lang: "zh-CN" } }, { font: "Noto Serif", accent: "#1f3a68" }));
  const part = (name: string) => zip.file(name)!.async("string");

  it("is made of well-formed XML parts, each declared in [Content_Types].xml", async () => {
    const types = await part("[Content_Types].xml");
    for (const file of Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name))) {
      const errors: string[] = [];
      new DOMParser({ errorHandler: { warning: () => undefined, error: (message) => void errors.push(message), fatalError: (message) => void errors.push(message) } }).parseFromString(await file.async("string"), "text/xml");
      expect(errors, file.name).toEqual([]);
      if (file.name.endsWith(".xml") && file.name !== "[Content_Types].xml") expect(types, file.name).toContain(`PartName="/${file.name}"`);
    }
  });

  it("uses Word's own headings, a bullet list, a right tab stop and live links", async () => {
    const document = await part("word/document.xml");
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBeGreaterThan(3);
    expect(document).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(document).toMatch(/<w:tab w:val="right" w:pos="\d+"\/>/);
    expect(document).toMatch(/<w:hyperlink [^>]*r:id="\w+"/);
    expect(await part("word/_rels/document.xml.rels")).toMatch(/Target="mailto:[^"]+" TargetMode="External"/);
    expect(await part("word/numbering.xml")).toMatch(/<w:numFmt w:val="bullet"\/>/);
  });

  it("is the same file every time it is written", async () => {
    const again = await writeDocx({ ...resume, meta: { ...resume.meta, lang: "zh-CN" } }, { font: "Noto Serif", accent: "#1f3a68" });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const later = await writeDocx({ ...resume, meta: { ...resume.meta, lang: "zh-CN" } }, { font: "Noto Serif", accent: "#1f3a68" });
    expect(Buffer.from(later).equals(Buffer.from(again))).toBe(true);
  });

  it("sets the theme's font and accent colour and the résumé's language", async () => {
    const styles = await part("word/styles.xml");
    expect(styles).toMatch(/<w:rFonts w:ascii="Noto Serif"/);
    expect(styles).toMatch(/<w:color w:val="1f3a68"\/>/i);
    expect(styles).toMatch(/<w:lang w:val="zh-CN"\/>/);
  });
});

describe("a Word document's random link ids", () => {
  it("are numbered whatever characters of their alphabet they end or start with", async () => {
    const { reproducibleDocx } = await import("../../src/export/docx-reproducible.js");
    const withId = async (id: string) => {
      const zip = new JSZip();
      zip.file("word/document.xml", `<w:hyperlink r:id="${id}"/>`);
      zip.file("word/_rels/document.xml.rels", `<Relationship Id="${id}" Target="https://example.org"/>`);
      return Buffer.from(await reproducibleDocx(await zip.generateAsync({ type: "uint8array" })));
    };
    const [a, b, c] = await Promise.all(["rIdzghzfinjj3tezmiozjlj-", "rId_ghzfinjj3tezmiozjljn", "rIdzghzfinjj3tezmiozjljn"].map(withId));
    expect(a.equals(c) && b.equals(c)).toBe(true);
  });
});

import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TabStopType, TextRun, type ParagraphChild } from "docx";
import { FRONT_MATTER_PROPERTY } from "../source/docx/inspect-docx.js";
import type { Resume } from "../resume/schema.js";
import { inlineRuns, linkRun } from "./docx-inline.js";
import { reproducibleDocx } from "./docx-reproducible.js";
import { opensGroup, outlineResume, type OutlineEntry } from "./outline.js";
import { frontMatter } from "./write-markdown.js";

/** What a theme gives the Word document: its font and accent colour (theme.json's options). */
export interface DocxStyle {
  font?: string;
  accent?: string;
}

/** Where a date goes on an entry's first line: the right margin of an A4 page with 2 cm margins, in twips. */
const RIGHT_TAB = 9638;
const BULLETS = "vitae-bullets";

/**
 * Writes a résumé as a Word document with the docx library, laid out as the
 * Markdown writer lays it out (src/export/write-markdown.ts), so that vitae
 * reads it back into the same résumé: the name a Heading 1, sections Heading 2
 * in the theme's accent colour, each entry's first line its bold title and
 * details with its dates at a right tab stop, bullets a real Word list, links
 * live. What a document has no place for (profiles' user names, the address…)
 * goes, as the Markdown's front matter does, into a custom document property.
 * The same résumé always gives the same bytes.
 */
export async function writeDocx(resume: Resume, style: DocxStyle = {}): Promise<Uint8Array> {
  const outline = outlineResume(resume);
  const body: Paragraph[] = [];
  if (outline.name) body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(outline.name)] }));
  if (outline.label) body.push(new Paragraph({ children: [new TextRun(outline.label)] }));
  const contacts = outline.contacts.filter((c) => !c.place);
  if (contacts.length) body.push(new Paragraph({ children: contacts.flatMap((c, i) => [...(i ? [new TextRun(" · ")] : []), ...(c.label ? [new TextRun(`${c.label}: `)] : []), c.url ? linkRun(c.text, c.url) : new TextRun(c.text)]) }));
  for (const [i, section] of outline.sections.entries()) {
    if (opensGroup(outline.sections, i)) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(section.group!)] }));
    body.push(new Paragraph({ heading: section.group === undefined ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(section.title)] }));
    if (section.text !== undefined) body.push(...textParagraphs(section.text));
    for (const entry of section.entries) body.push(...(section.key === "publications" ? publication(entry) : entryParagraphs(entry)));
  }
  const front = frontMatter(resume);
  const accent = style.accent?.replace(/^#/, "");
  const document = new Document({
    creator: "vitae",
    title: outline.name ?? "CV",
    ...(front ? { customProperties: [{ name: FRONT_MATTER_PROPERTY, value: front }] } : {}),
    styles: {
      default: {
        document: { run: { font: style.font ?? "Calibri", size: 21, ...(resume.meta?.lang ? { language: { value: resume.meta.lang } } : {}) } },
        heading1: { run: { size: 36, bold: true, color: accent }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { size: 26, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { size: 22, bold: true, italics: true }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      },
    },
    numbering: {
      config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }] }],
    },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: body }],
  });
  return reproducibleDocx(new Uint8Array(await Packer.toBuffer(document)));
}

function entryParagraphs(e: OutlineEntry): Paragraph[] {
  const lead = e.lead ? (e.url ? [linkRun(e.lead, e.url, { bold: true })] : [new TextRun({ text: e.lead, bold: true })]) : [];
  if (e.keywords) {
    const level = e.details.length ? ` (${e.details.join(", ")})` : "";
    return [bullet([...lead, new TextRun(`${level}${e.keywords.length ? `: ${e.keywords.join(", ")}` : ""}`)])];
  }
  // a date the details already say (a venue's year) is not repeated
  const when = e.when && !e.details.some((d) => d.includes(e.when!)) ? e.when : undefined;
  const details = e.details.flatMap((d, i) => [...(lead.length || i ? [new TextRun(" | ")] : []), new TextRun(d)]);
  // the space keeps the date apart where the title reaches the tab stop, and the tab takes no room (LibreOffice set "AI labMay 2026")
  const head = new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }], children: [...lead, ...details, ...(when ? [new TextRun({ text: ` \t${when}` })] : [])] });
  return [head, ...fieldParagraph(e), ...(e.summary ? textParagraphs(e.summary) : []), ...e.bullets.map((b) => bullet(inlineRuns(b)))];
}

/** The title in bold with its date, then the authors and "In Venue", as CVs list papers; under its group's heading when it opens one. */
function publication(e: OutlineEntry): Paragraph[] {
  const [authors, venue, ...rest] = e.details;
  const title = e.url ? linkRun(e.lead ?? e.url, e.url, { bold: true }) : new TextRun({ text: e.lead ?? "", bold: true });
  const byline = [authors, venue && `In ${venue}`, ...rest].filter((l): l is string => Boolean(l));
  return [
    ...(e.group ? [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(e.group)] })] : []),
    new Paragraph({ children: [title, ...(e.when ? [new TextRun(` ${e.when}`)] : [])] }),
    ...(byline.length ? [new Paragraph({ children: byline.map((l, i) => new TextRun({ text: l, ...(i ? { break: 1 } : {}) })) })] : []),
    ...fieldParagraph(e),
    ...(e.summary ? textParagraphs(e.summary) : []),
    ...e.bullets.map((b) => bullet(inlineRuns(b))),
  ];
}

/** "Location: Berlin", "Keywords: Go, Rust"…, a line each in one paragraph. */
function fieldParagraph(e: OutlineEntry): Paragraph[] {
  return e.fields.length ? [new Paragraph({ children: e.fields.map(([label, value], i) => new TextRun({ text: `${label}: ${value}`, ...(i ? { break: 1 } : {}) })) })] : [];
}

/** Prose: a paragraph per blank-line-separated block, its lines kept. */
function textParagraphs(text: string): Paragraph[] {
  return text.split(/\n{2,}/).map((block) => new Paragraph({ children: inlineRuns(block) }));
}

function bullet(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children });
}

import { normalizeText, tidySpaces } from "./normalize.js";
import type { ParsedSource, SourceLine, Span } from "./source-line.js";
import { findTextHeadings } from "./text-headings.js";
import { readInline, readLinkTargets } from "./text-inline.js";
import { readRawLines, type RawLine } from "./text-lines.js";
import { markNoise } from "./text-noise.js";
import { joinGridRowLines, markLayoutRows } from "./table-rows.js";
import { diagnose } from "../diagnostics/diagnostic.js";
import { liftRunningLines } from "./running-lines.js";
import { mendCutRanges } from "./cut-ranges.js";
import { mendWrappedDates } from "./wrapped-dates.js";
import { markColumnTables } from "./text-tables.js";
import { pairColumns } from "./column-pairs.js";
import { joinStackedYears } from "./stacked-years.js";
import { restoreLateColumns } from "./late-columns.js";
import { restoreTrailingCells } from "./trailing-cells.js";
import { joinSplitCapitals } from "./split-capitals.js";
import { spaceGluedDates } from "./glued-dates.js";
import { unmarkHeadBullets } from "./head-bullets.js";
import { continuesLine, joinFragments, measureWidth } from "./join-wrapped.js";
import { isDateOnly } from "../extract/layout/lines.js";
import { lowerCaseWords } from "../extract/person-names.js";

/** Parses a plain-text CV into logical lines: headings found, bullets marked and nested, wrapped lines joined, markup read. */
export function parsePlainText(text: string, file = ""): ParsedSource {
  const normal = normalizeText(text);
  // a PDF's text layer (pdftotext marks its pages with form feeds): its words are cut with hyphens, and only
  // pdftotext sets a table's columns one after the other
  const pdfText = normal.includes("\f");
  const read = readRawLines(pdfText ? spaceGluedDates(joinSplitCapitals(normal)) : normal);
  const { unexported } = markNoise(read);
  markLayoutRows(read);
  joinGridRowLines(read);
  if (pdfText) liftRunningLines(read);
  const raw = pdfText ? pairColumns(read) : read;
  mendCutRanges(raw);
  if (pdfText) mendWrappedDates(raw);
  if (pdfText) joinStackedYears(raw);
  // unmarking bullets leaves every line's width as it was
  const width = measureWidth(raw);
  // each move dates a head, which no later pass moves a cell to again; before the heads lose their bullets, which
  // the dates under them tell
  while (pdfText && restoreTrailingCells(raw, findTextHeadings(raw), width));
  if (pdfText) unmarkHeadBullets(raw, width);
  const headings = pdfText ? restoreLateColumns(raw, findTextHeadings, width) : findTextHeadings(raw);
  const markup = { targets: readLinkTargets(normal), rst: isRestructuredText(normal), org: /^#\+\w+:/m.test(normal) };
  const ctx = { width, hyphenated: pdfText, lowerWords: lowerCaseWords(normal) };
  const out: SourceLine[] = [];
  let current: { line: SourceLine; last: RawLine; bullet: boolean } | undefined;
  /** The indents of the open bullets, outermost first, which give a bullet its depth. */
  let bullets: number[] = [];
  let gap = true;
  /** A page break since the last content line: a sentence that a PDF's page cut goes on past the page's blank lines and footer. */
  let pageTurned = false;
  const wrappedTitles = new Set([...headings.values()].flatMap((h) => (h.wrapsOnto === undefined ? [] : [h.wrapsOnto])));
  raw.forEach((l, i) => {
    if (l.pageStart) pageTurned = true;
    if (wrappedTitles.has(i)) return;
    const heading = headings.get(i);
    // the label says only that a list follows; the entry goes on under it
    if (heading?.entryLabel) {
      current = undefined;
      gap = true;
      return;
    }
    if (heading !== undefined) {
      current = undefined;
      bullets = [];
      out.push(makeLine("heading", heading.title, l, heading.depth, true));
      gap = true;
      return;
    }
    if (l.kind === "skip") return;
    if (l.kind === "blank" || l.kind === "bar" || l.kind === "rule") {
      gap = true;
      return;
    }
    // a sentence a page break cuts goes on past the page's blank lines and footer
    const brokenByPage = gap && pageTurned && current !== undefined && !/[.!?:。！？]$/.test(current.line.text);
    if (gap && !brokenByPage) current = undefined;
    // and an entry cut there is one: LinkedIn's "Founder" over the next page's "August 2017 - Present (8 years)". Only
    // dates say so: a printed page breaks between entries too ("An accountant" over the next page's "Audit firm LLC")
    if (brokenByPage && isDateOnly(l.text)) gap = false;
    pageTurned = false;
    // a line block ("| 1 Main St") keeps each of its lines
    const lineBlock = /^\|\s/.test(l.text);
    if (current && !lineBlock && continuesLine(current.last, current.bullet, l, ctx, raw[i + 1])) {
      current.line.text = joinFragments(current.line.text, tidySpaces(l.text), ctx.hyphenated);
      current.last = l;
      gap = false;
      return;
    }
    let depth = 0;
    if (l.kind === "bullet") {
      while (bullets.length && bullets[bullets.length - 1]! > l.indent) bullets.pop();
      if (bullets[bullets.length - 1] !== l.indent) bullets.push(l.indent);
      depth = bullets.length - 1;
    } else if (!bullets.length || l.indent <= bullets[0]!) {
      // text back at the list's margin ends the list: a new block, as a blank line would make it
      if (bullets.length && out[out.length - 1]?.kind === "bullet") gap = true;
      bullets = [];
    } else if (l.indent > bullets[bullets.length - 1]! && out[out.length - 1]?.kind === "bullet" && isDateOnly(out[out.length - 1]!.text)) {
      // "  • 2019" over "    University of Technology Sydney, PhD": the line set under an item of dates alone is that
      // item's, as Markdown reads an item's indented lines (the dates head the entry the line names)
      depth = bullets.length;
    }
    const line = makeLine(l.kind === "bullet" ? "bullet" : "text", l.text, l, depth, gap);
    out.push(line);
    current = lineBlock ? undefined : { line, last: l, bullet: l.kind === "bullet" };
    gap = false;
  });
  markColumnTables(out, raw);
  // markup is read once lines are joined, since a link or an emphasis may span a wrap
  const diagnostics = unexported.map((l) =>
    diagnose(file, "info", "org-unexported", `left out "${l.text}" and everything under it: org's export leaves out a heading tagged :noexport: or marked COMMENT; remove the tag or the word to have it in the CV`, { line: l.line, column: l.column }),
  );
  return { lines: out.map((line) => withMarkup(line, readInline(line.text, markup.targets, markup.rst, markup.org))), ...(diagnostics.length && { diagnostics }) };
}

/** Link references (`Name_`) are read only in reStructuredText, where a trailing "_" is markup and not a word's. */
function isRestructuredText(text: string): boolean {
  return /^\.\. |`_|^:\w[^:\n]*: /m.test(text);
}

function makeLine(kind: SourceLine["kind"], text: string, l: RawLine, depth: number, gap: boolean): SourceLine {
  return { kind, text: tidySpaces(text), position: { line: l.line, column: l.column }, depth, links: [], gap };
}

function withMarkup(line: SourceLine, inline: ReturnType<typeof readInline>): SourceLine {
  line.text = tidySpaces(inline.text);
  line.links = inline.links;
  if (inline.lead) line.lead = tidySpaces(inline.lead);
  if (inline.italics?.length) line.spans = italicSpans(line.text, inline.italics.map(tidySpaces));
  return line;
}

/** The line's text as runs, the italic phrases (in order) set apart as emphasised: the runs join to the text. */
function italicSpans(text: string, italics: readonly string[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const words of italics) {
    const at = text.indexOf(words, from);
    if (at < 0 || !words) continue;
    if (at > from) spans.push({ text: text.slice(from, at) });
    spans.push({ text: words, emphasis: true });
    from = at + words.length;
  }
  if (from < text.length) spans.push({ text: text.slice(from) });
  return spans;
}

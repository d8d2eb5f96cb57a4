import { LABELLED } from "../../parse/join-wrapped.js";
import { classifyLines, type LineKind } from "./pdf-line-kinds.js";
import { BULLET_GLYPH, linkOf, parted, plainText, round } from "./pdf-line-text.js";
import { joinRuns, needsSpace, type PdfLine } from "./pdf-lines.js";
import { rearrangeLines } from "./pdf-rearrange.js";
import type { TextRun } from "./read-pdf-runs.js";

/** Where a line of the Markdown made of a PDF was on the page. */
export interface PageLine {
  page: number;
  line: number;
}

export interface PdfMarkdown {
  markdown: string;
  /** For each line of the Markdown (index 0 is line 1), the page and line it came from. */
  lineMap: PageLine[];
}

/**
 * Writes a PDF's lines as the Markdown a person would have written for them,
 * so that they enter the same extractor as a Markdown CV: lines set larger than
 * the body are headings (the larger, the higher), as is a short line in bold
 * or capitals that names a known section; bold runs are **strong**, lines that
 * start with a bullet glyph are list items (their wrapped lines with them),
 * text under a link annotation is a link, fragments set apart by tab stops are
 * parted by a tab, and a wider gap than the line spacing is a blank line.
 */
export function writePdfMarkdown(pdfLines: readonly PdfLine[]): PdfMarkdown {
  const lines = rearrangeLines(pdfLines);
  const kinds = classifyLines(lines);
  const out: string[] = [];
  const lineMap: PageLine[] = [];
  const emit = (text: string, from: PdfLine) => {
    out.push(text);
    lineMap.push({ page: from.page, line: from.lineOnPage });
  };
  let previous: PdfLine | undefined;
  let previousKind: LineKind | undefined;
  let bulletIndent = 0;
  const listDepth = nestedLists();
  const returnsToOutdent = hangingIndents();
  lines.forEach((line, i) => {
    const { kind, depth } = kinds[i]!;
    // a bold line right under a bold title is its subtitle (a degree under its school), not the title of another entry
    const subtitle = kind === "text" && previousKind === "text" && previous !== undefined && !parted(previous, line) && isBold(previous) && isBold(line);
    const text = lineText(line, !subtitle);
    if (kind === "heading" && previousKind === "heading" && previous && round(previous.size) === round(line.size) && !parted(previous, line) && (depth === 1 || wrapsOnto(previous, line))) {
      // a name set on two lines ("Yugant" / "Hadiyal") is one heading, as is a title wrapped in a narrow column
      out[out.length - 1] += ` ${text.replace(/\*\*/g, "")}`;
      previous = line;
      return;
    }
    const continues = previous && previousKind === "bullet" && kind === "text" && !parted(previous, line) && line.left >= bulletIndent - line.size * 0.5;
    const hangs = returnsToOutdent(line, !previous || kind !== "text" || previousKind !== "text" || parted(previous, line));
    if (previous && !continues && (kind !== previousKind || kind === "heading" || parted(previous, line) || hangs)) emit("", line);
    // a line that was not wrapped onto the next is ended as the PDF ended it, where Markdown would join the two
    else if (previous && kind === "text" && !wrapsOnto(previous, line)) out[out.length - 1] += "\\";
    if (kind === "heading") emit(`${"#".repeat(depth)} ${text.replace(/\*\*/g, "")}`, line);
    else if (kind === "bullet") {
      emit(`${"  ".repeat(listDepth(line))}- ${stripBullet(text)}`, line);
      bulletIndent = line.left + (line.fragments[0]!.runs.length > 1 || line.fragments.length > 1 ? line.size : 0);
    } else emit(continues ? `  ${text}` : escapeLineStart(text), line);
    if (kind !== "bullet" && !continues) listDepth(undefined);
    previous = line;
    previousKind = continues ? "bullet" : kind;
  });
  return { markdown: out.join("\n") + "\n", lineMap };
}

/**
 * A list within a list's item: sb2nov's résumé marks each entry with a bullet and what was done there with another
 * glyph set further right ("• Acme Corp" … "◦ Observability: Maintained …"), items of the entry's own list. A
 * bullet set right of the open one's glyph by half an em or more is its item, one back at an open one's place its
 * sibling. Called for every bullet line in turn, returning its depth; called with no line where the lists end.
 */
function nestedLists(): (line: PdfLine | undefined) => number {
  /** The left edges of the open lists' glyphs, outermost first. */
  let lefts: number[] = [];
  return (line) => {
    if (!line) {
      lefts = [];
      return 0;
    }
    while (lefts.length && lefts[lefts.length - 1]! > line.left - line.size * 0.5) lefts.pop();
    lefts.push(line.left);
    return lefts.length - 1;
  };
}

/**
 * Paragraphs set with a hanging indent, their first line out at the margin and
 * the rest indented under it (a year, then the entry beside it, Canva's
 * timeline), follow each other with no wider gap: a line back at the first
 * line's margin, after lines all at one indent, starts the next. Called for
 * every line in turn, told whether the line starts a paragraph anyway.
 */
function hangingIndents(): (line: PdfLine, startsParagraph: boolean) => boolean {
  let first: PdfLine | undefined;
  // where the paragraph's other lines start; NaN once they do not all start at one place
  let indent: number | undefined;
  return (line, startsParagraph) => {
    const near = (a: number, b: number, ems: number) => Math.abs(a - b) < line.size * ems;
    if (startsParagraph || !first) [first, indent] = [line, undefined];
    else if (indent === undefined) indent = line.left - first.left >= line.size ? line.left : NaN;
    else if (!Number.isNaN(indent) && near(line.left, first.left, 0.5)) {
      [first, indent] = [line, undefined];
      return true;
    } else if (!near(line.left, indent, 0.3)) indent = NaN;
    return false;
  };
}

/** True when the line above ended only because the next word did not fit, or the line goes on with the sentence. */
function wrapsOnto(above: PdfLine, line: PdfLine): boolean {
  // a line whose last field stands at a tab stop (a date at the margin) ends there
  if (above.fragments.length > 1) return false;
  // "Frameworks: React, Flask" under "Languages: Java, Python": lines that each open with a label are a list's rows
  if (LABELLED.test(plainText(above)) && LABELLED.test(plainText(line))) return false;
  const first = line.fragments[0]!.runs[0]!;
  if (/^\s*\p{Ll}/u.test(first.text) && !/[.:;!?]$/.test(plainText(above))) return true;
  const word = /^\S+/.exec(first.text.trimStart())?.[0] ?? "";
  const wordWidth = (first.width * word.length) / Math.max(first.text.length, 1);
  return above.right + wordWidth + line.size * 0.3 > above.columnRight - line.size * 0.5;
}

/** The line as Markdown: bold runs strong, linked runs links, escapes where the text would read as markup. */
function lineText(line: PdfLine, bold = true): string {
  return line.fragments.map((f) => styledFragment(f.runs, line, bold)).join("\t").trim();
}

/** Every run with a letter in it set in bold ("**B.E** | **Computer Science**" is a bold line). */
function isBold(line: PdfLine): boolean {
  return line.fragments.every((f) => f.runs.every((r) => r.bold || !/\p{L}/u.test(r.text)));
}

function styledFragment(runs: readonly TextRun[], line: PdfLine, bold: boolean): string {
  const linked = groupRuns(runs, (run) => linkOf(run, line));
  return joinGroups(linked, (g) => {
    const text = joinGroups(groupRuns(g.runs, (r) => bold && r.bold), (b) => wrap(joinRuns(b.runs, (r) => escapeInline(r.text)), b.key ? (t) => `**${t}**` : undefined));
    return wrap(text, g.key ? (t) => `[${t}](${g.key!.replace(/[\s()<>]/g, encodeURIComponent)})` : undefined);
  });
}

/** Consecutive runs that agree on `key` (a link, a weight). */
function groupRuns<K>(runs: readonly TextRun[], key: (r: TextRun) => K): { runs: TextRun[]; key: K }[] {
  const groups: { runs: TextRun[]; key: K }[] = [];
  for (const run of runs) {
    const k = key(run);
    const last = groups[groups.length - 1];
    if (last && last.key === k) last.runs.push(run);
    else groups.push({ runs: [run], key: k });
  }
  return groups;
}

/** Groups' texts joined, with the space the PDF leaves between them. */
function joinGroups<G extends { runs: TextRun[] }>(groups: readonly G[], text: (g: G) => string): string {
  return groups.map((g, i) => (i > 0 && needsSpace(groups[i - 1]!.runs.at(-1)!, g.runs[0]!) ? " " : "") + text(g)).join("");
}

/** Markup around a text, its spaces kept outside, so that "**Acme** Inc" stays two words. */
function wrap(text: string, markup: ((core: string) => string) | undefined): string {
  const core = text.trim();
  if (!core || !markup) return text;
  return (/^\s/.test(text) ? " " : "") + markup(core) + (/\s$/.test(text) ? " " : "");
}

function stripBullet(text: string): string {
  return text.replace(new RegExp(`^(\\*\\*)?\\s*(?:${BULLET_GLYPH}|[-–—+]|\\\\\\*)\\s*`, "u"), "$1").replace(/^\*\*\*\*/, "");
}

/** Characters that would be read as markup inside a line. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*[\]<>]/g, "\\$&").replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace("_", "\\_"));
}

/** A line's start that Markdown would read as a heading, a list item, a quote or a thematic break. */
function escapeLineStart(text: string): string {
  return text.replace(/^[#>+\-=|]/, "\\$&").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}


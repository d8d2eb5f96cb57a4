import { classifyTitle } from "../../parse/section-titles.js";
import { joinRuns, needsSpace, type PdfLine } from "./pdf-lines.js";
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

/** A glyph that starts a bullet: the usual ones, dashes, arrows, and the private-use glyphs of Symbol and Wingdings. */
const BULLET = /^\s*(?:[•●○◦▪▫■□►▸▹‣⁃➢➤➔→✓✔❖◆◇♦★☆*]|[-–—+](?=\s)|[\uf000-\uf0ff])\s*/u;
/** "Page 2 of 3", "2/3", "- 2 -": a page's number, which is the page's and not the CV's. */
const PAGE_NUMBER = /^[-–\s]*(?:page|seite|página|pagina|strona|стр\.?|페이지)?\s*\d{1,3}\s*(?:(?:of|von|de|di|z|из|\/)\s*\d{1,3})?[-–\s]*$/i;
/** Of the body's size, how much larger a line must be set to be a heading. */
const HEADING_SCALE = 1.15;

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
  const lines = nameFirst(withoutPageNumbers(pdfLines));
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.filter((l) => l.size >= body * HEADING_SCALE).map((l) => round(l.size)))].sort((a, b) => b - a);
  const out: string[] = [];
  const lineMap: PageLine[] = [];
  const emit = (text: string, from: PdfLine) => {
    out.push(text);
    lineMap.push({ page: from.page, line: from.lineOnPage });
  };
  let previous: PdfLine | undefined;
  let previousKind: "heading" | "bullet" | "text" | undefined;
  let bulletIndent = 0;
  for (const line of lines) {
    const text = lineText(line);
    const plain = plainText(line);
    const size = round(line.size);
    const headingLevel = headingSizes.indexOf(size);
    const bullet = BULLET.exec(plain);
    const kind = (headingLevel >= 0 && isHeadingText(plain, size, body)) || isTitleLine(line, plain) ? "heading" : bullet && plain.length > bullet[0].length ? "bullet" : "text";
    const continues = previous && previousKind === "bullet" && kind === "text" && !parted(previous, line) && line.left >= bulletIndent - line.size * 0.5;
    const newBlock = previous && !continues && (kind !== previousKind || kind === "heading" || parted(previous, line));
    if (newBlock) emit("", line);
    // a line that was not wrapped onto the next is ended as the PDF ended it, where Markdown would join the two
    else if (previous && kind === "text" && !wrapsOnto(previous, line)) out[out.length - 1] += "\\";
    if (kind === "heading") {
      const depth = headingLevel >= 0 ? Math.min(headingLevel + 1, 6) : Math.min(headingSizes.length + 1, 6);
      emit(`${"#".repeat(depth)} ${text.replace(/\*\*/g, "")}`, line);
    } else if (kind === "bullet") {
      emit(`- ${stripBullet(text)}`, line);
      bulletIndent = line.left + (line.fragments[0]!.runs.length > 1 || line.fragments.length > 1 ? line.size : 0);
    } else emit(continues ? `  ${text}` : escapeLineStart(text), line);
    previous = line;
    previousKind = continues ? "bullet" : kind;
  }
  return { markdown: out.join("\n") + "\n", lineMap };
}

/** Large text is a heading when it is short; a line of contacts set large in a footer is not. */
function isHeadingText(plain: string, size: number, body: number): boolean {
  return !plain.includes("\t") && (plain.length <= 60 || size >= body * 1.6);
}

/** True when the line above ended only because the next word did not fit, or the line goes on with the sentence. */
function wrapsOnto(above: PdfLine, line: PdfLine): boolean {
  const first = line.fragments[0]!.runs[0]!;
  if (/^\s*\p{Ll}/u.test(first.text) && !/[.:;!?]$/.test(plainText(above))) return true;
  const word = /^\S+/.exec(first.text.trimStart())?.[0] ?? "";
  const wordWidth = (first.width * word.length) / Math.max(first.text.length, 1);
  return above.right + wordWidth + line.size * 0.3 > above.columnRight - line.size * 0.5;
}

function withoutPageNumbers(lines: readonly PdfLine[]): PdfLine[] {
  return lines.filter((l) => !(l.fragments.length === 1 && PAGE_NUMBER.test(plainText(l)) && /\d/.test(plainText(l)) && isPageEdge(l, lines)));
}

/** The first or last line of its page. */
function isPageEdge(line: PdfLine, lines: readonly PdfLine[]): boolean {
  const page = lines.filter((l) => l.page === line.page);
  const ys = page.map((l) => l.y);
  return line.y <= Math.min(...ys) || line.y >= Math.max(...ys);
}

/**
 * The name, set larger than anything else on the first page, leads, with the
 * lines under it (headline, place): a sidebar read first (LinkedIn's) would
 * otherwise put its contacts and skills where a CV's name is looked for.
 */
function nameFirst(lines: PdfLine[]): PdfLine[] {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const largest = Math.max(...first.map((l) => l.size));
  const at = lines.findIndex((l) => l.size === largest);
  if (at <= 0 || first.filter((l) => l.size >= largest * 0.95).length > 2) return lines;
  let end = at + 1;
  while (end < lines.length && lines[end]!.size < largest * 0.9 && lines[end]!.size < lines[at + 1]!.size * 1.15 && !parted(lines[end - 1]!, lines[end]!)) end++;
  return [...lines.slice(at, end), ...lines.slice(0, at), ...lines.slice(end)];
}

/** The size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) for (const f of l.fragments) for (const r of f.runs) chars.set(round(r.size), (chars.get(round(r.size)) ?? 0) + r.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** A short line in bold or in capitals, at the body's size, that names a section ("EDUCATION", "Work Experience"). */
function isTitleLine(line: PdfLine, plain: string): boolean {
  if (line.fragments.length > 1 || plain.length > 40 || /[.,;:]$/.test(plain)) return false;
  const runs = line.fragments.flatMap((f) => f.runs);
  const bold = runs.every((r) => r.bold);
  const capitals = plain === plain.toUpperCase() && /\p{Lu}/u.test(plain);
  return (bold || capitals) && classifyTitle(plain) !== undefined;
}

/** A wider gap above the line than its spacing: a new paragraph. */
function parted(above: PdfLine, line: PdfLine): boolean {
  return line.page !== above.page || line.y - above.y > Math.max(above.size, line.size) * 1.75 || line.y < above.y;
}

function plainText(line: PdfLine): string {
  return line.fragments.map((f) => joinRuns(f.runs, (r) => r.text)).join("\t").trim();
}

/** The line as Markdown: bold runs strong, linked runs links, escapes where the text would read as markup. */
function lineText(line: PdfLine): string {
  return line.fragments.map((f) => styledFragment(f.runs, line)).join("\t").trim();
}

function styledFragment(runs: readonly TextRun[], line: PdfLine): string {
  const linked = groupRuns(runs, (run) => line.links.find((l) => run.x + run.width / 2 >= l.left && run.x + run.width / 2 <= l.right && run.y >= l.top && run.y - run.size / 2 <= l.bottom)?.url);
  return joinGroups(linked, (g) => {
    const text = joinGroups(groupRuns(g.runs, (r) => r.bold), (b) => wrap(joinRuns(b.runs, (r) => escapeInline(r.text)), b.key ? (t) => `**${t}**` : undefined));
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
  return text.replace(/^(\*\*)?\s*(?:[•●○◦▪▫■□►▸▹‣⁃➢➤➔→✓✔❖◆◇♦★☆\-–—+]|\\\*|[\uf000-\uf0ff])\s*/u, "$1").replace(/^\*\*\*\*/, "");
}

/** Characters that would be read as markup inside a line. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*[\]<>]/g, "\\$&").replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace("_", "\\_"));
}

/** A line's start that Markdown would read as a heading, a list item, a quote or a thematic break. */
function escapeLineStart(text: string): string {
  return text.replace(/^[#>+\-=|]/, "\\$&").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

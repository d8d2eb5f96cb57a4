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

/**
 * A glyph that starts a bullet: the usual ones, dashes, arrows, and the bullets
 * of Symbol and Wingdings, which Word's PDFs spell in the private use area
 * (other private-use glyphs are icon fonts' envelopes and phones, not bullets).
 */
const BULLET_GLYPH = "[•●○◦▪▫■□►▸▹‣⁃➢➤➔→✓✔❖◆◇♦★☆\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf071\uf075]";
const BULLET = new RegExp(`^\\s*(?:${BULLET_GLYPH}|[-–—+*](?=\\s))\\s*`, "u");
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
  const lines = datesBesideTitles(nameFirst(withoutPageNumbers(pdfLines)).flatMap(splitGrid));
  const body = bodySize(lines);
  const headingSizes = findHeadingSizes(lines, body);
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
    if (kind === "heading" && previousKind === "heading" && previous && round(previous.size) === size && !parted(previous, line)) {
      // a heading set on two lines ("Yugant" / "Hadiyal") is one heading
      out[out.length - 1] += ` ${text.replace(/\*\*/g, "")}`;
      previous = line;
      continue;
    }
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

/** Dates, months, "present": what a line holding only a date range is made of. */
const DATE_PART = /(?:\d{1,2}[./-]){0,2}(?:19|20)\d\d|\b(?:present|current|now|today|ongoing|heute|aktuell|atual|actual|presente)\b|\p{L}{3,9}\.?(?=\s*(?:\d{1,2}[,.]?\s*)?(?:19|20)\d\d)/giu;

function isDateRange(text: string): boolean {
  return /(?:19|20)\d\d/.test(text) && text.replace(DATE_PART, "").replace(/[\s–—\-~|,()]|\bto\b|\bbis\b/gi, "") === "";
}

/**
 * A date range on a line of its own, just above the title of its entry
 * (Europass sets it so), goes beside that title, after a tab, where a date set
 * at a tab stop would be: a Markdown CV gives an entry's dates on its first
 * line or under it, not above it.
 */
function datesBesideTitles(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [line, next] = [lines[i]!, lines[i + 1]];
    const text = plainText(line);
    if (next && line.fragments.length === 1 && isDateRange(text) && !parted(line, next) && !isDateRange(plainText(next)) && !BULLET.test(plainText(next))) {
      out.push({ ...next, fragments: [...next.fragments, ...line.fragments], right: Math.max(next.right, line.right) });
      i++;
    } else out.push(line);
  }
  return out;
}

/** A row of short cells with no date in any (a grid of skills) is read cell by cell, as a list would be. */
function splitGrid(line: PdfLine): PdfLine[] {
  const cells = line.fragments.map((f) => joinRuns(f.runs, (r) => r.text).trim());
  if (cells.length < 2 || cells.some((c) => c.split(/\s+/).length > 4 || /\d{4}|\d[./]\d/.test(c))) return [line];
  return line.fragments.map((f) => ({ ...line, fragments: [f], left: f.left, right: f.right }));
}

/**
 * The sizes, larger first, that headings are set in: larger than the body,
 * and mostly one line at a time; a size set in paragraphs of several lines is
 * another body (a panel's text, in Canva).
 */
function findHeadingSizes(lines: readonly PdfLine[], body: number): number[] {
  const alone = new Map<number, [number, number]>();
  lines.forEach((l, i) => {
    const size = round(l.size);
    if (size < body * HEADING_SCALE) return;
    const [before, after] = [lines[i - 1], lines[i + 1]];
    const joined = (before && round(before.size) === size && !parted(before, l)) || (after && round(after.size) === size && !parted(l, after));
    const [single, all] = alone.get(size) ?? [0, 0];
    alone.set(size, [single + (joined ? 0 : 1), all + 1]);
  });
  return [...alone].filter(([size, [single, all]]) => single >= all * 0.5 || size >= body * 1.6).map(([size]) => size).sort((a, b) => b - a);
}

/** Large text is a heading when it reads as a title: short, no bullet, no year, not a clause cut by a comma. */
function isHeadingText(plain: string, size: number, body: number): boolean {
  if (plain.includes("\t") || BULLET.test(plain) || /,$/.test(plain)) return false;
  if (size >= body * 1.6) return true;
  return plain.length <= 60 && !/\b(?:19|20)\d\d\b/.test(plain);
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
  let end = at + 1;
  // a name set on two lines ("ADRIAN CRISTOPHER" / "LOCKS"), then the smaller lines under it
  while (end < lines.length && lines[end]!.size >= largest * 0.9 && !parted(lines[end - 1]!, lines[end]!)) end++;
  const nameEnd = end;
  while (end < lines.length && lines[end]!.size < largest * 0.9 && lines[end]!.size <= lines[nameEnd]!.size && !parted(lines[end - 1]!, lines[end]!)) end++;
  if (at <= 0 || first.filter((l) => l.size >= largest * 0.95).length > nameEnd - at) return lines;
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

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

import { joinRuns, type PdfLine } from "./pdf-lines.js";
import { joinBrokenWords } from "./pdf-broken-words.js";
import { BULLET, parted, plainText } from "./pdf-line-text.js";
import { joinWrappedDates } from "./pdf-wrapped-dates.js";

/** "Page 2 of 3", "2/3", "- 2 -": a page's number, which is the page's and not the CV's. */
const PAGE_NUMBER = /^[-–\s]*(?:page|seite|página|pagina|strona|стр\.?|페이지)?\s*\d{1,3}\s*(?:(?:of|von|de|di|z|из|\/)\s*\d{1,3})?[-–\s]*$/i;

/** Dates, months, "present": what a line holding only a date range is made of. */
const DATE_PART = /(?:\d{1,2}[./-]){0,2}(?:19|20)\d\d|\b(?:present|current|now|today|ongoing|heute|aktuell|atual|actual|presente)\b|\p{L}{3,9}\.?(?=\s*(?:\d{1,2}[,.]?\s*)?(?:19|20)\d\d)/giu;

function isDateRange(text: string): boolean {
  return /(?:19|20)\d\d/.test(text) && text.replace(DATE_PART, "").replace(/[\s–—\-~|,()]|\bto\b|\bbis\b/gi, "") === "";
}

/** A date range, alone or followed by a short place ("10/2019 – CURRENT – Ilmenau, Germany"). */
function isDateLine(text: string): boolean {
  const place = /\s[–—-]\s+([^\d–—]{1,40})$/.exec(text);
  return isDateRange(place ? text.slice(0, place.index) : text);
}

/**
 * A date range on a line of its own (or with the place after it), just above the title of its entry
 * (Europass sets it so), goes beside that title, after a tab, where a date set
 * at a tab stop would be: a Markdown CV gives an entry's dates on its first
 * line or under it, not above it.
 */
function datesBesideTitles(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [line, next] = [lines[i]!, lines[i + 1]];
    const text = plainText(line);
    if (next && line.fragments.length === 1 && isDateLine(text) && !parted(line, next) && !isDateLine(plainText(next)) && !BULLET.test(plainText(next))) {
      // the two are one line from the date's baseline: no wider gap above it than above the date
      out.push({ ...next, fragments: [...next.fragments, ...line.fragments], right: Math.max(next.right, line.right), firstY: Math.min(next.firstY, line.firstY) });
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * A row of short cells with no date in any (a grid of skills) is read cell by
 * cell, as a list would be; but not a row whose last cell is set flush right
 * (`flushRight`), as an entry's place is ("Dell Technologies ⇥ Round Rock, TX").
 */
function splitGrid(line: PdfLine, flushRight: ReadonlySet<PdfLine>): PdfLine[] {
  const cells = line.fragments.map((f) => joinRuns(f.runs, (r) => r.text).trim());
  if (cells.length < 2 || flushRight.has(line) || cells.some((c) => c.split(/\s+/).length > 4 || /\d{4}|\d[./]\d/.test(c))) return [line];
  return line.fragments.map((f) => ({ ...line, fragments: [f], left: f.left, right: f.right }));
}

/**
 * The rows whose last cell is set flush right: more last cells on its page end
 * where it ends than start where it starts. A grid's columns are set flush
 * left, so its cells share their left edges; dates and places set at a right
 * tab stop share their right edges.
 */
function flushRightRows(lines: readonly PdfLine[]): Set<PdfLine> {
  const rows = lines.filter((l) => l.fragments.length > 1);
  const near = (a: number, b: number, size: number) => Math.abs(a - b) <= size * 0.5;
  return new Set(
    rows.filter((line) => {
      const cell = line.fragments.at(-1)!;
      const others = rows.filter((o) => o !== line && o.page === line.page).map((o) => o.fragments.at(-1)!);
      // a cell as wide as its neighbours ("Stuttgart, Germany" over "Oct 2014 – Mar 2019") shares both its edges:
      // it counts for the right edge it shares, as a grid's cells share only their left ones
      const byRight = others.filter((o) => near(o.right, cell.right, line.size)).length;
      return byRight > others.filter((o) => near(o.left, cell.left, line.size) && !near(o.right, cell.right, line.size)).length;
    }),
  );
}

function withoutPageNumbers(lines: readonly PdfLine[]): PdfLine[] {
  return lines.filter((l) => !(l.fragments.length === 1 && PAGE_NUMBER.test(plainText(l)) && /\d/.test(plainText(l)) && isPageEdge(l, lines)));
}

/** Among the first or last `depth` lines of its page, top to bottom. */
function isPageEdge(line: PdfLine, lines: readonly PdfLine[], depth = 1): boolean {
  const ys = lines.filter((l) => l.page === line.page).map((l) => l.y).sort((a, b) => a - b);
  return line.y <= ys[Math.min(depth, ys.length) - 1]! || line.y >= ys[Math.max(ys.length - depth, 0)]!;
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

/**
 * The lines in the order and cut a person would write them in: page numbers
 * dropped, a range wrapped in a narrow column of dates joined again, the name first, a date above its entry's title moved beside it, a
 * grid of short cells read cell by cell.
 */
export function rearrangeLines(lines: readonly PdfLine[]): PdfLine[] {
  const { running, rest } = takeRunningLines(joinWrappedDates(withoutPageNumbers(lines)));
  const ordered = nameFirst(rest);
  // under the name, where a CV's contacts are
  const nameEnd = ordered.findIndex((l) => l.size !== ordered[0]!.size);
  ordered.splice(nameEnd < 0 ? ordered.length : nameEnd, 0, ...running);
  const joined = joinBrokenWords(ordered);
  const flushRight = flushRightRows(joined);
  return datesBesideTitles(joined.flatMap((line) => splitGrid(line, flushRight)));
}

/**
 * A line repeated at the top or foot of several pages (moderncv's footer of
 * address and contacts, a running head) is the document's, not a page's: it is
 * read once, under the name, where a CV's head is, rather than in the middle
 * of whatever section a page break cuts.
 */
function takeRunningLines(lines: readonly PdfLine[]): { running: PdfLine[]; rest: PdfLine[] } {
  const pages = new Set(lines.map((l) => l.page));
  if (pages.size < 2) return { running: [], rest: [...lines] };
  const edgeTexts = new Map<string, Set<number>>();
  for (const line of lines.filter((l) => isPageEdge(l, lines, 2))) {
    const text = plainText(line);
    edgeTexts.set(text, (edgeTexts.get(text) ?? new Set()).add(line.page));
  }
  const running = new Set([...edgeTexts].filter(([, on]) => on.size >= 2).map(([text]) => text));
  const first = new Map<string, PdfLine>();
  for (const line of lines) if (running.has(plainText(line)) && !first.has(plainText(line))) first.set(plainText(line), line);
  return { running: [...first.values()], rest: lines.filter((l) => !running.has(plainText(l))) };
}

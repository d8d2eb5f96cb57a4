import type { PdfLink, PdfPage, TextRun } from "./read-pdf-runs.js";

/** Runs on one baseline close enough to be read as one piece of text (a title; a date set apart by a tab stop is another). */
export interface Fragment {
  runs: TextRun[];
  left: number;
  right: number;
  top: number;
  bottom: number;
  y: number;
  size: number;
}

/** A line of the page in reading order: its fragments left to right (more than one where tab stops set them apart). */
export interface PdfLine {
  page: number;
  /** 1-based, counted in reading order on its page. */
  lineOnPage: number;
  fragments: Fragment[];
  left: number;
  right: number;
  /** The baseline (of its last row, where a word broken at the margin joined two rows into one line). */
  y: number;
  /** The baseline of its first row. */
  firstY: number;
  size: number;
  /** The right edge of the column the line is in, where a wrapped line ends. */
  columnRight: number;
  links: PdfLink[];
}

/** Of a run's size, how far baselines may differ for runs to share a line (a superscript "th" does). */
const SAME_BASELINE = 0.5;
/** Of a run's size, how far the baselines of a table's cells in one row may differ. */
const TABLE_BASELINE = 0.1;
/** In ems, the gap that ends a fragment: wider than any word space, narrower than a tab stop. */
const FRAGMENT_GAP = 1.2;
/** Fewest lines on each side of a gutter for it to part two columns rather than, say, a heading from its date. */
const MIN_COLUMN_ROWS = 3;

/** Every page's lines in reading order: columns found and read one after another, left to right. */
export function readPdfLines(pages: readonly PdfPage[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const page of pages) {
    const blocks = orderRegion(groupRows(page.runs.map(toFragment)).flatMap(splitRow));
    let n = 0;
    for (const block of blocks) {
      const columnRight = Math.max(...block.map((f) => f.right));
      for (const row of groupRows(block)) {
        row.sort((a, b) => a.left - b.left);
        lines.push({
          page: page.number,
          lineOnPage: ++n,
          fragments: row,
          left: row[0]!.left,
          right: Math.max(...row.map((f) => f.right)),
          y: Math.min(...row.map((f) => f.y)),
          firstY: Math.min(...row.map((f) => f.y)),
          size: Math.max(...row.map((f) => f.size)),
          columnRight,
          links: page.links.filter((l) => row.some((f) => overlaps(l, f))),
        });
      }
    }
  }
  return lines;
}

function toFragment(run: TextRun): Fragment {
  return { runs: [run], left: run.x, right: run.x + run.width, top: run.y - run.size * 0.8, bottom: run.y + run.size * 0.2, y: run.y, size: run.size };
}

/**
 * Groups fragments whose baselines agree into rows, top to bottom. A small line set wholly under a large one's
 * baseline (Awesome-CV's position, in 7.6pt, under its 32pt name) is the next row, however close the baselines, and
 * though its top reaches above where the large line's descenders end (a narrow top margin sets them that close).
 */
function groupRows(fragments: readonly Fragment[]): Fragment[][] {
  const sorted = [...fragments].sort((a, b) => a.y - b.y || a.left - b.left);
  const rows: Fragment[][] = [];
  let baseline = -Infinity;
  for (const f of sorted) {
    const row = rows[rows.length - 1];
    // a run on the row's line reaches above its baseline; one wholly under it is a smaller line below
    if (row && f.y - baseline <= SAME_BASELINE * Math.max(f.size, row[0]!.size) && f.top < baseline) row.push(f);
    else {
      rows.push([f]);
      baseline = f.y;
    }
  }
  return rows;
}

/** A row's runs joined into fragments, a new one wherever the gap is wider than a word space. */
function splitRow(row: Fragment[]): Fragment[] {
  const runs = row.flatMap((f) => f.runs).sort((a, b) => a.x - b.x);
  const out: Fragment[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && run.x - last.right <= FRAGMENT_GAP * Math.max(run.size, last.size)) {
      last.runs.push(run);
      last.right = Math.max(last.right, run.x + run.width);
      last.top = Math.min(last.top, run.y - run.size * 0.8);
      last.bottom = Math.max(last.bottom, run.y + run.size * 0.2);
      if (run.size > last.size) [last.size, last.y] = [run.size, run.y];
    } else out.push(toFragment(run));
  }
  return out;
}

/**
 * Reads a region as blocks of text in order (an XY cut): the widest band
 * whose fragments part into two columns at a vertical gutter is cut out of
 * it, what is above it, its left column, its right column and what is below
 * it are read in turn, each in the same way. A band parts only when each side
 * holds a few lines of text of its own, so a column of dates set beside
 * entries by a tab stop stays on its entries' lines.
 */
function orderRegion(fragments: Fragment[]): Fragment[][] {
  if (fragments.length < 2 * MIN_COLUMN_ROWS) return [fragments];
  const rows = groupRows(fragments);
  const minGap = Math.min(...fragments.map((f) => f.size));
  let best: { from: number; to: number; split: [Fragment[], Fragment[]]; count: number } | undefined;
  for (let from = 0; from < rows.length; from++) {
    for (let to = lastBandWithGap(rows, from, minGap); to - from >= MIN_COLUMN_ROWS; to--) {
      const band = rows.slice(from, to).flat();
      if (best && band.length <= best.count) break;
      const split = splitColumns(band);
      if (split) {
        best = { from, to, split, count: band.length };
        break;
      }
    }
  }
  if (!best) return [fragments];
  return [
    ...orderRegion(rows.slice(0, best.from).flat()),
    ...orderRegion(best.split[0]),
    ...orderRegion(best.split[1]),
    ...orderRegion(rows.slice(best.to).flat()),
  ].filter((b) => b.length);
}

/**
 * How far down from row `from` a band can reach and still leave some strip of
 * the page, `minGap` wide, uncovered by every row: bands beyond cannot have a
 * gutter, so they are never tried (on a page of one column, a line across the
 * page ends every band).
 */
function lastBandWithGap(rows: readonly Fragment[][], from: number, minGap: number): number {
  const all = rows.flat();
  const [left, right] = [Math.min(...all.map((f) => f.left)), Math.max(...all.map((f) => f.right))];
  let free: [number, number][] = [[left, right]];
  for (let to = from; to < rows.length; to++) {
    for (const f of rows[to]!) {
      free = free.flatMap(([l, r]): [number, number][] => (f.right <= l || f.left >= r ? [[l, r]] : [[l, f.left], [f.right, r]]));
      free = free.filter(([a, b]) => b - a >= minGap);
    }
    // a strip at an edge may yet become a gutter, once rows of the other column come
    if (!free.length) return to;
  }
  return rows.length;
}

/** The band's two columns at its widest vertical gutter, if it has one with enough text on both sides. */
function splitColumns(band: Fragment[]): [Fragment[], Fragment[]] | undefined {
  const spans = band.map((f) => [f.left, f.right] as const).sort((a, b) => a[0] - b[0]);
  const size = median(band.map((f) => f.size));
  let reach = spans[0]![1];
  let gutter: { at: number; width: number } | undefined;
  for (const [left, right] of spans.slice(1)) {
    if (left - reach >= size && (!gutter || left - reach > gutter.width)) gutter = { at: (left + reach) / 2, width: left - reach };
    reach = Math.max(reach, right);
  }
  if (!gutter) return undefined;
  const left = band.filter((f) => f.right < gutter.at);
  const right = band.filter((f) => f.left > gutter.at);
  return isColumn(left) && isColumn(right) && !isTable(left, right) ? [left, right] : undefined;
}

/**
 * Sides whose lines share their baselines are the cells of a table's rows (a
 * label and its value, a grid of skills), which read row by row: most rows of
 * the left side meet a row of the right, and a fair share of the right's rows
 * (a value may wrap) meet one of the left. Two columns of text each keep their
 * own line spacing, so only some of their lines meet by chance (LinkedIn's
 * sidebar against its main column), and a long column meets few at all.
 */
function isTable(left: Fragment[], right: Fragment[]): boolean {
  const [leftRows, rightRows] = [groupRows(left), groupRows(right)];
  const meets = (row: Fragment[], other: Fragment[][]) => other.some((o) => Math.abs(o[0]!.y - row[0]!.y) <= TABLE_BASELINE * Math.max(o[0]!.size, row[0]!.size));
  const paired = leftRows.filter((row) => meets(row, rightRows)).length;
  const pairedRight = rightRows.filter((row) => meets(row, leftRows)).length;
  if (pairedRight === rightRows.length && isFlushRight(right)) return true;
  return paired >= leftRows.length * 0.6 && pairedRight >= rightRows.length * 0.4;
}

/**
 * Cells set flush right at a tab stop, dates among them (an entry's dates
 * and place, as LaTeX's `tabular*` sets them in Jake's résumé and its kin):
 * their right edges agree, whether their left edges do or not (a place as
 * wide as the dates: "Stuttgart, Germany" over "Jul 2012 - Jul 2014"). A
 * column of text is set flush left and ragged, so the cells of such a column
 * that all sit on lines of the left side are the last cells of those lines,
 * however many lines of bullets between them have none.
 */
function isFlushRight(cells: Fragment[]): boolean {
  const size = median(cells.map((f) => f.size));
  const spread = (edges: number[]) => Math.max(...edges) - Math.min(...edges);
  const dated = cells.some((f) => /(?:19|20)\d\d/.test(joinRuns(f.runs, (r) => r.text)));
  return dated && spread(cells.map((f) => f.right)) <= size * 0.5;
}

/** Text enough to be a column: a few lines, not mostly dates or short labels set in a margin. */
function isColumn(fragments: Fragment[]): boolean {
  if (groupRows(fragments).length < MIN_COLUMN_ROWS) return false;
  const texts = fragments.map((f) => joinRuns(f.runs, (r) => r.text).trim());
  const marginal = texts.filter((t) => t.length <= 3 || /^\W*(?:\p{L}{0,10}\.?\s*)?(?:\d{1,2}[./]\s*)?(?:19|20)\d\d\b|present|now|current|today/iu.test(t) && t.length < 40);
  return marginal.length < texts.length * 0.6;
}

/** Runs' texts joined, with a space where the runs stand apart and neither brings one. */
export function joinRuns(runs: readonly TextRun[], text: (r: TextRun) => string): string {
  return withAccentsComposed(runs.map((r, i) => (i > 0 && needsSpace(runs[i - 1]!, r) ? " " : "") + text(r)).join(""));
}

/** Spacing accents and the combining marks they stand for. */
const ACCENTS: Record<string, string> = { "¨": "\u0308", "´": "\u0301", ˆ: "\u0302", "˜": "\u0303", "¯": "\u0304", "˘": "\u0306", "˙": "\u0307", "˚": "\u030A", "˝": "\u030B", ˇ: "\u030C", "¸": "\u0327" };
const ACCENT_CLASS = `[${Object.keys(ACCENTS).join("")}]`;
const HAS_ACCENT = new RegExp(ACCENT_CLASS, "u");
const SPACING_ACCENT = new RegExp(`(${ACCENT_CLASS})(\\p{L})`, "gu");
/** A capital's cedilla is set after it ("C¸ankaya"), a small letter's before it ("Fran¸cois"), but at a word's end. */
const CEDILLA_AFTER = /(\p{Lu})¸|(\p{Ll})¸(?!\p{L})/gu;

/**
 * pdflatex's default (OT1) fonts have no "ü": `J{\"u}lich` sets a spacing
 * diaeresis and a "u" over each other, which a PDF's text spells "J¨ulich",
 * and `Fran\c{c}ois` "Fran¸cois". The accent and its letter are one letter again.
 */
function withAccentsComposed(text: string): string {
  if (!HAS_ACCENT.test(text)) return text;
  // the capitals' cedillas first, before the rule for the other accents gives them to the letter after
  const cedillas = text.replace(CEDILLA_AFTER, (_, capital: string | undefined, small: string | undefined) => `${capital ?? small}\u0327`.normalize("NFC"));
  return cedillas.replace(SPACING_ACCENT, (_, accent: string, letter: string) => (letter + ACCENTS[accent]).normalize("NFC"));
}

/** A gap wider than a tenth of an em between runs is a word space the PDF drew by moving, not by a space character. */
export function needsSpace(a: TextRun, b: TextRun): boolean {
  // a tenth of an em: a word space set in a smaller font than the words (Awesome-CV's "Jane" and "Doe" in 32pt, the
  // space between them in 12pt) is one; an italic's slant before a closing bracket is none
  return b.x - (a.x + a.width) > Math.min(a.size, b.size) * 0.1 && !/\s$/.test(a.text) && !/^[\s)\]}]/.test(b.text);
}

function overlaps(link: PdfLink, f: Fragment): boolean {
  return link.left < f.right && link.right > f.left && link.top < f.bottom && link.bottom > f.top;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 10;
}

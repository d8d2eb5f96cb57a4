import { continuesRange, isPiece, isPresentWord, isRangeWord, isWhole } from "../../parse/wrapped-dates.js";
import { joinRuns, type Fragment, type PdfLine } from "./pdf-lines.js";
import type { TextRun } from "./read-pdf-runs.js";

/** In ems, a gap between runs wider than a word space: it sets a cell (a column of dates) apart from the text beside it. */
const CELL_GAP = 0.5;
/** How many lines of the text beside it a wrapped range's last piece may sit below the piece before it. */
const SKIP = 2;

/** The runs at one end of a line set apart from the rest by a gap, with their text and edges. */
interface Cell {
  runs: TextRun[];
  /** What each of its runs becomes when the cell is taken from its line: nothing, or what of the run is no piece. */
  swap: Map<TextRun, TextRun[]>;
  text: string;
  left: number;
  right: number;
}

type Side = "head" | "tail";

/**
 * A column of dates too narrow for a range with its months written out (moderncv's classic style with
 * "September 2019 -- November 2022", a right-hand column of Awesome-CV's with "September 2014 – September 2017")
 * wraps it over two to four lines, each piece a cell at the head (or end) of the line beside it: "September" beside
 * the entry's title, "2019 – November" beside its first line, "2022" on a line of its own. The pieces are joined
 * again in the first piece's cell when they sit in one column (their spans overlap) and make a whole range; a line
 * the pieces leave empty is dropped. Only a start that cannot stand alone is mended (a month without its year, a range
 * open after its dash, a date whose next piece begins with a dash), so a column of whole dates stays as it is. The
 * same mend as src/parse/wrapped-dates.ts makes on pdftotext's text, made here on the runs where they stand.
 */
export function joinWrappedDates(lines: readonly PdfLine[]): PdfLine[] {
  let out = [...lines];
  for (const side of ["head", "tail"] as const) {
    const cells = out.map((l) => cellOf(l, side));
    const taken = new Map<number, Map<TextRun, TextRun[]>>();
    const joined = new Map<number, Map<TextRun, TextRun[]>>();
    for (let i = 0; i < out.length; i++) {
      const first = cells[i];
      if (!first || taken.has(i) || !isPieces(first.text)) continue;
      const used: Cell[] = [];
      let text = first.text;
      let j = i + 1;
      while (used.length < 4) {
        const next = nextCell(out, cells, j, first);
        if (isWhole(text) && !(next && continuesRange(next.cell.text))) break;
        if (!next) break;
        used.push(next.cell);
        text = `${text} ${next.cell.text}`;
        taken.set(next.at, next.cell.swap);
        j = next.at + 1;
      }
      if (!used.length || !isWhole(text)) {
        for (let k = i + 1; k < j; k++) taken.delete(k);
        continue;
      }
      const run = { ...first.runs[0]!, text, x: first.left, width: first.right - first.left };
      joined.set(i, new Map(first.runs.map((r, n) => [r, n ? [] : [run]])));
      i = j - 1;
    }
    if (!joined.size) continue;
    out = out.flatMap((line, k) => {
      const swap = joined.get(k) ?? taken.get(k);
      if (!swap) return [line];
      const rest = withRuns(line, swap);
      return rest ? [rest] : [];
    });
  }
  return out;
}

/**
 * The line holding the next piece of the range from the line at `from`: that line's cell in the first piece's column,
 * or, past at most two lines with nothing in that column (the text beside it wrapping), a line's.
 */
function nextCell(lines: readonly PdfLine[], cells: readonly (Cell | undefined)[], from: number, first: Cell): { at: number; cell: Cell } | undefined {
  const page = lines[from - 1]!.page;
  for (let k = from; k < lines.length && k <= from + SKIP && lines[k]!.page === page; k++) {
    const cell = cells[k];
    if (cell && cell.left < first.right && cell.right > first.left) {
      const pieces = leadingPieces(cell);
      // a piece with more after it in its cell ("– July 2025 (Hybrid)") only on the line right under the last
      return pieces && (k === from || pieces.text === cell.text) ? { at: k, cell: pieces } : undefined;
    }
    // a line of the text beside the column, nothing of it in the column
    if (lines[k]!.fragments.some((f) => f.left < first.right && f.right > first.left)) return undefined;
  }
  return undefined;
}

/** The runs at the line's head (or end) up to the first gap wider than a word space: the whole line when it has none. */
function cellOf(line: PdfLine, side: Side): Cell | undefined {
  const runs = line.fragments.flatMap((f) => f.runs).sort((a, b) => a.x - b.x);
  if (side === "tail") runs.reverse();
  const cell: TextRun[] = [runs[0]!];
  for (const run of runs.slice(1)) {
    const [a, b] = side === "head" ? [cell.at(-1)!, run] : [run, cell.at(-1)!];
    if (b.x - (a.x + a.width) > CELL_GAP * Math.max(a.size, b.size)) break;
    cell.push(run);
  }
  // a line of one cell is its own head and end: it is read once, as a head
  if (side === "tail" && cell.length === runs.length) return undefined;
  if (side === "tail") cell.reverse();
  const text = joinRuns(cell, (r) => r.text).trim();
  return text ? { runs: cell, swap: new Map(cell.map((r) => [r, []])), text, left: cell[0]!.x, right: Math.max(...cell.map((r) => r.x + r.width)) } : undefined;
}

/** Words that are all pieces of a date: month names, years, dashes, a word for the present. */
function isPieces(text: string): boolean {
  if (isRangeWord(text)) return true;
  const words = text.split(/\s+/);
  // most cells begin with a word that is no piece of a date: they are let go after one look
  if (!isPiece(words[0]!) && !(words.length === 1 && /^\p{L}{3,12}$/u.test(text) && isPresentWord(text))) return false;
  return words.every((w, i) => isPiece(w) || (i === words.length - 1 && /^\p{L}{3,12}$/u.test(w) && isPresentWord(w)));
}

/**
 * The words of a date that lead the cell, as a cell of their own: a run they end inside of is cut there, by the
 * share of its characters, what is after them left on the line.
 */
function leadingPieces(cell: Cell): Cell | undefined {
  if (isPieces(cell.text)) return cell;
  const words = cell.text.split(/\s+/);
  const n = words.findIndex((w) => !isPiece(w));
  if (n < 1) return undefined;
  const text = words.slice(0, n).join(" ");
  const swap = new Map<TextRun, TextRun[]>();
  const runs: TextRun[] = [];
  let left = text.length;
  for (const run of cell.runs) {
    const trimmed = run.text.trim();
    if (left <= 0) break;
    if (trimmed.length <= left) {
      runs.push(run);
      swap.set(run, []);
      left -= trimmed.length + 1;
      continue;
    }
    const at = run.text.indexOf(trimmed) + left;
    const width = (run.width * at) / run.text.length;
    runs.push({ ...run, text: run.text.slice(0, at), width });
    const rest = run.text.slice(at).trimStart();
    swap.set(run, [{ ...run, text: rest, x: run.x + (run.width * (run.text.length - rest.length)) / run.text.length, width: (run.width * rest.length) / run.text.length }]);
    left = 0;
  }
  return { runs, swap, text, left: runs[0]!.x, right: Math.max(...runs.map((r) => r.x + r.width)) };
}

/** The line with its runs swapped as `swap` says (a run it names taken away or cut); undefined when nothing is left of it. */
function withRuns(line: PdfLine, swap: ReadonlyMap<TextRun, TextRun[]>): PdfLine | undefined {
  const fragments: Fragment[] = [];
  for (const f of line.fragments) {
    const runs = f.runs.flatMap((r) => swap.get(r) ?? [r]);
    if (!runs.length) continue;
    const left = Math.min(...runs.map((r) => r.x));
    const right = Math.max(...runs.map((r) => r.x + r.width));
    fragments.push({ ...f, runs, left, right });
  }
  if (!fragments.length) return undefined;
  return { ...line, fragments, left: fragments[0]!.left, right: Math.max(...fragments.map((f) => f.right)) };
}

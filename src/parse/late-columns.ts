import { findDates } from "../extract/dates.js";
import { isDateOnly } from "../extract/layout/lines.js";
import type { TextHeading } from "./text-adornments.js";
import { blankLineAt, type RawLine } from "./text-lines.js";

/** A bullet glyph alone on its line: the marker of an item whose text pdftotext set elsewhere. */
const MARKER = /^[•·▪◦●○■□➢►▸✓✔❖◆◇➤→]*$/u;

export interface Block {
  /** Index of the block's first line and past its last one in the line list. */
  from: number;
  to: number;
  /** The indices of the block's lines of text, markers left out. */
  texts: number[];
}

/** A right-hand cell: the indices of its lines, a place maybe, its dates last. */
export type Cell = number[];

type FindHeadings = (lines: readonly RawLine[]) => Map<number, TextHeading>;

/**
 * An entry set in two columns (moderncv's banking style: employer and role on the left, place and dates on the right,
 * each a block of its own) comes out of pdftotext in order until a page's layout makes it keep the right-hand cells
 * back: then an entry's place and dates come after the next entry's head, two cells of dates in a row, and the entry
 * before stands undated. Where a run of such cells follows one head and as many heads before it in the section stand
 * without one, each cell goes back under its head in turn, the last staying where it is. A head is known by the shape
 * of the heads the section sets in order (as many short lines as they have, none a sentence). Returns the headings
 * of the lines as they end up.
 */
export function restoreLateColumns(lines: RawLine[], findHeadings: FindHeadings, width: number): Map<number, TextHeading> {
  let headings = findHeadings(lines);
  // each move shifts the lines after it, so the blocks and headings are read again after it
  for (let tries = 0; tries < 50 && moveLateRun(lines, readBlocks(lines, headings), width); tries++) headings = findHeadings(lines);
  return headings;
}

/** Finds the last run of date cells that goes back to undated heads, and moves it. */
function moveLateRun(lines: RawLine[], blocks: readonly (Block | undefined)[], width: number): boolean {
  // each block's cells read once: the heads of a section are looked for from its start for every run in it
  const cells = blocks.map((b) => (b ? readCells(b, lines) : undefined));
  for (let end = blocks.length - 1; end > 0; end--) {
    if (!cells[end]) continue;
    let start = end;
    while (start > 0 && cells[start - 1]) start--;
    const run = cells.slice(start, end + 1).flatMap((c) => c!);
    end = start;
    if (run.length < 2 || !blocks[start - 1]) continue;
    const heads = undatedHeads(blocks, cells, start - 1, lines, width);
    if (heads?.length !== run.length - 1) continue;
    // the cells taken out last first, then set in after their heads last first: the heads stand before the run, so
    // neither step shifts what the next one reads
    const taken: RawLine[][] = [];
    for (let k = heads.length - 1; k >= 0; k--) taken[k] = lines.splice(run[k]![0]!, run[k]!.length);
    for (let k = heads.length - 1; k >= 0; k--) lines.splice(heads[k]!.to, 0, blankLineAt(taken[k]![0]!), ...taken[k]!);
    return true;
  }
  return false;
}

/** The section's blocks of lines, a heading standing for none: `undefined` at each heading, so that no run crosses it. */
export function readBlocks(lines: readonly RawLine[], headings: ReadonlyMap<number, TextHeading>): (Block | undefined)[] {
  const blocks: (Block | undefined)[] = [];
  let open: Block | undefined;
  lines.forEach((l, i) => {
    if (headings.has(i)) {
      open = undefined;
      blocks.push(undefined);
      return;
    }
    if (l.kind === "blank" || l.kind === "bar" || l.kind === "rule") {
      open = undefined;
      return;
    }
    if (!open) {
      open = { from: i, to: i, texts: [] };
      blocks.push(open);
    }
    open.to = i + 1;
    if (l.kind !== "skip" && !MARKER.test(l.text)) open.texts.push(i);
  });
  return blocks;
}

/**
 * The right-hand cells a block is made of, each its dates alone on a line, maybe under a short place line;
 * undefined when it is something else. The cells are contiguous lines: markers inside one keep the block whole.
 */
export function readCells(b: Block, lines: readonly RawLine[]): Cell[] | undefined {
  if (!b.texts.length || b.texts.length !== b.to - b.from) return undefined;
  const cells: Cell[] = [];
  let open: Cell = [];
  for (const i of b.texts) {
    const l = lines[i]!;
    if (l.kind !== "text") return undefined;
    if (isDateOnly(l.text)) {
      cells.push([...open, i]);
      open = [];
    } else if (open.length || l.text.length > 40 || findDates(l.text).length) return undefined;
    else open.push(i);
  }
  return open.length ? undefined : cells;
}

/**
 * The heads without a date cell after them, from the section's start up to the block `last`, which is one: those
 * before it first. Undefined when `last` is not shaped as a head, or when no head of the section is set in order to
 * learn the shape from.
 */
function undatedHeads(blocks: readonly (Block | undefined)[], cells: readonly (Cell[] | undefined)[], last: number, lines: readonly RawLine[], width: number): Block[] | undefined {
  let first = last;
  while (first > 0 && blocks[first - 1]) first--;
  const isCell = (i: number) => cells[i]?.length === 1;
  const isCells = (i: number) => cells[i] !== undefined;
  // the heads set in order: the blocks with one cell of dates after them, that cell not one of a run
  const sizes = new Set<number>();
  for (let i = first; i < last; i++) if (!isCells(i) && isCell(i + 1) && !isCells(i + 2)) sizes.add(blocks[i]!.texts.length);
  const isHead = (b: Block, size?: number) =>
    b.texts.length > 0 &&
    (size === undefined ? sizes.has(b.texts.length) : b.texts.length <= size) &&
    b.texts.every((i) => {
      const l = lines[i]!;
      return l.kind === "text" && l.raw.length < width * 0.8 && !/[.;:]$/.test(l.text) && findDates(l.text).length === 0;
    });
  if (!sizes.size || !isHead(blocks[last]!, Math.max(...sizes))) return undefined;
  const heads: Block[] = [];
  for (let i = first; i < last; i++) if (!isCells(i) && isHead(blocks[i]!) && blocks[i + 1] && !isCells(i + 1)) heads.push(blocks[i]!);
  return heads;
}

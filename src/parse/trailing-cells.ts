import { findDates } from "../extract/dates.js";
import type { TextHeading } from "./text-adornments.js";
import { blankLineAt, type RawLine } from "./text-lines.js";
import { readBlocks, readCells, type Block } from "./late-columns.js";
import { glyphOf } from "./head-bullets.js";

/** The most lines an entry's head has in a two-column template: employer and role, maybe a line of either wrapped. */
const MAX_HEAD_LINES = 3;

/**
 * sb2nov's and Jake's résumés set each entry's head as a two-column table (employer and role on the left, place and
 * dates on the right) with its bullets under it; at a page's or a section's end pdftotext can keep the right-hand
 * cell back until after the bullets, and the entry stands undated while the cell reads as an entry of its own.
 * Where one cell of a place and dates follows a block made of a short undated head and bullets, what comes after
 * the cell is a heading, the text's end, or another dated block (so the cell cannot be the head of what follows, as
 * in a date-first layout), and the section sets its other entries in order, the cell goes back between the head and
 * its bullets. Moves one cell at a time, the last first; returns whether one moved.
 */
export function restoreTrailingCells(lines: RawLine[], headings: ReadonlyMap<number, TextHeading>, width: number): boolean {
  const blocks = readBlocks(lines, headings);
  for (let k = blocks.length - 1; k > 0; k--) {
    const cell = blocks[k] && readCells(blocks[k]!, lines);
    if (cell?.length !== 1) continue;
    const head = blocks[k - 1] && undatedHead(blocks[k - 1]!, lines, width);
    if (head === undefined || !endsEntry(blocks[k + 1], lines) || !setInOrder(blocks, k, lines)) continue;
    const { from, to } = blocks[k]!;
    const moved = lines.splice(from, to - from);
    lines.splice(head, 0, blankLineAt(moved[0]!), ...moved, blankLineAt(moved[0]!));
    return true;
  }
  return false;
}

/** Where a block of a short undated head over bullets has its first bullet; undefined when the block is not one. */
function undatedHead(b: Block, lines: readonly RawLine[], width: number): number | undefined {
  // the head's first line may carry a glyph of its own (sb2nov sets one before each employer)
  const first = b.texts.findIndex((i, n) => n > 0 && lines[i]!.kind === "bullet");
  if (first < 1 || first > MAX_HEAD_LINES) return undefined;
  const head = b.texts.slice(0, first).map((i) => lines[i]!);
  // a bulleted first line heads the entry only with a glyph its items do not share: else it is one of a list's items
  if (head[0]!.kind === "bullet" && glyphOf(head[0]!) === glyphOf(lines[b.texts[first]!]!)) return undefined;
  if (!head.every((l, n) => (l.kind === "text" || n === 0) && l.raw.length < width * 0.8 && !/[.;:]$/.test(l.text))) return undefined;
  // no date anywhere in the block: a dated entry has its cell already
  if (b.texts.some((i) => findDates(lines[i]!.text).length)) return undefined;
  return b.texts[first];
}

/**
 * The section of the cell at `k` sets an entry's dates in order, over its bullets, and this cell is the
 * only one after an entry's bullets: where every entry has its dates after its bullets, that is the section's
 * layout, which the entries are read by as they stand.
 */
function setInOrder(blocks: readonly (Block | undefined)[], k: number, lines: readonly RawLine[]): boolean {
  let from = k;
  while (from > 0 && blocks[from - 1]) from--;
  let to = k;
  while (blocks[to + 1]) to++;
  const section = blocks.slice(from, to + 1) as Block[];
  const hasBullets = (b: Block) => b.texts.some((i) => lines[i]!.kind === "bullet");
  const trailing = section.filter((b, n) => n > 0 && hasBullets(section[n - 1]!) && readCells(b, lines)).length;
  return trailing === 1 && datedOverBullets(section, lines);
}

/** A line of dates with the first bullet of an entry next after it, blank lines apart: an entry set in order. */
function datedOverBullets(section: readonly Block[], lines: readonly RawLine[]): boolean {
  const texts = section.flatMap((b) => b.texts);
  return texts.some((i, n) => n + 1 < texts.length && lines[texts[n + 1]!]!.kind === "bullet" && lines[i]!.kind === "text" && findDates(lines[i]!.text).length > 0);
}

/**
 * The block after a trailing cell leaves it no entry to head: a heading or the end, or a block with dates of its own
 * that is no cell (a run of cells is the right-hand column set after the section, which late-columns reads).
 */
function endsEntry(next: Block | undefined, lines: readonly RawLine[]): boolean {
  return !next || (!readCells(next, lines) && next.texts.some((i) => findDates(lines[i]!.text).length > 0));
}

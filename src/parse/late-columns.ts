import { findDates } from "../extract/dates.js";
import { isDateOnly } from "../extract/layout/lines.js";
import type { TextHeading } from "./text-adornments.js";
import type { RawLine } from "./text-lines.js";

/** A bullet glyph alone on its line: the marker of an item whose text pdftotext set elsewhere. */
const MARKER = /^[•·▪◦●○■□➢►▸✓✔❖◆◇➤→]*$/u;

interface Block {
  /** Index of the block's first and past its last line in the line list. */
  from: number;
  to: number;
  /** The block's lines of text, markers left out. */
  texts: RawLine[];
}

/**
 * An entry set in two columns (moderncv's banking style: employer and role on the left, place and dates on the right,
 * each a block of its own) comes out of pdftotext in order until a page's layout makes it keep the right-hand cells
 * back: then an entry's place and dates come after the next entry's head, two blocks of dates in a row, and the
 * entry before stands undated. Where a run of such date blocks follows one head and as many heads before it in the
 * section stand without one, each block goes back under its head in turn, the last staying where it is. A head is
 * known by the shape of the heads the section sets in order (as many short lines as they have, none a sentence).
 * Returns whether any block moved.
 */
export function restoreLateColumns(lines: RawLine[], headings: ReadonlyMap<number, TextHeading>, width: number): boolean {
  let moved = false;
  // a move keeps the count of lines (each cell goes with the blank line before it), so the headings stay where they are
  for (let tries = 0; tries < 50 && moveLateRun(lines, readBlocks(lines, headings), width); tries++) moved = true;
  return moved;
}

/** Finds the last run of date blocks that goes back to undated heads, and moves it. */
function moveLateRun(lines: RawLine[], blocks: readonly (Block | undefined)[], width: number): boolean {
  for (let end = blocks.length - 1; end > 0; end--) {
    if (!blocks[end] || !isDateBlock(blocks[end]!)) continue;
    let start = end;
    while (start > 0 && blocks[start - 1] && isDateBlock(blocks[start - 1]!)) start--;
    const run = blocks.slice(start, end + 1) as Block[];
    end = start;
    if (run.length < 2 || !blocks[start - 1]) continue;
    const heads = undatedHeads(blocks, start - 1, width);
    if (heads?.length !== run.length - 1) continue;
    // the cells taken out last first, then set in after their heads last first: the heads stand before the run, so
    // neither step shifts what the next one reads
    const cells: RawLine[][] = [];
    for (let k = heads.length - 1; k >= 0; k--) cells[k] = lines.splice(run[k]!.from - 1, run[k]!.to - run[k]!.from + 1);
    for (let k = heads.length - 1; k >= 0; k--) lines.splice(heads[k]!.to, 0, ...cells[k]!);
    return true;
  }
  return false;
}

/** The section's blocks of lines, a heading standing for none: `undefined` at each heading, so that no run crosses it. */
function readBlocks(lines: readonly RawLine[], headings: ReadonlyMap<number, TextHeading>): (Block | undefined)[] {
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
    if (l.kind !== "skip" && !MARKER.test(l.text)) open.texts.push(l);
  });
  return blocks;
}

/** A right-hand cell: its dates alone on the last line, maybe a place over them. */
function isDateBlock(b: Block): boolean {
  const [first, last] = b.texts.length === 2 ? b.texts : [undefined, b.texts[0]];
  if (b.texts.length < 1 || b.texts.length > 2 || last?.kind !== "text" || !isDateOnly(last.text)) return false;
  return !first || (first.kind === "text" && first.text.length <= 40 && findDates(first.text).length === 0);
}

/**
 * The heads without a date block after them, from the section's start up to the block `last`, which is one: those
 * before it first. Undefined when `last` is not shaped as a head, or when no head of the section is set in order to
 * learn the shape from.
 */
function undatedHeads(blocks: readonly (Block | undefined)[], last: number, width: number): Block[] | undefined {
  let first = last;
  while (first > 0 && blocks[first - 1]) first--;
  // the heads set in order: the blocks with their date block after them, that block not one of a run
  const sizes = new Set<number>();
  for (let i = first; i < last; i++) {
    const next = blocks[i + 1];
    if (next && isDateBlock(next) && !isDateBlock(blocks[i]!) && !(blocks[i + 2] && isDateBlock(blocks[i + 2]!))) sizes.add(blocks[i]!.texts.length);
  }
  const isHead = (b: Block, size?: number) =>
    b.texts.length > 0 &&
    (size === undefined ? sizes.has(b.texts.length) : b.texts.length <= size) &&
    b.texts.every((l) => l.kind === "text" && l.raw.length < width * 0.8 && !/[.;:]$/.test(l.text) && findDates(l.text).length === 0);
  if (!sizes.size || !isHead(blocks[last]!, Math.max(...sizes))) return undefined;
  const heads: Block[] = [];
  for (let i = first; i < last; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (!isDateBlock(b) && isHead(b) && next && !isDateBlock(next)) heads.push(b);
  }
  return heads;
}

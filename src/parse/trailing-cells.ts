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
 * Where one cell of a place and dates follows a block that ends in an entry of a short undated head and bullets
 * (alone in its block, or after the entry above it with no blank line, as Jake's projects are set), what comes after
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
    // right over the bullets, as the template's entries set in order have their dates
    lines.splice(head.items, 0, ...moved);
    // a head that followed the entry above with no blank line is set apart from it, as its own entry's
    if (head.start > blocks[k - 1]!.from) lines.splice(head.start, 0, blankLineAt(moved[0]!));
    return true;
  }
  return false;
}

/**
 * Where the block's last entry and its bullets begin, when that entry is a short undated head over bullets; undefined
 * when the block ends otherwise. The entry starts at the block's start, or at a line after a bullet's last line that
 * ends short of the margin (Jake's projects follow each other with no blank line between them).
 */
function undatedHead(b: Block, lines: readonly RawLine[], width: number): { start: number; items: number } | undefined {
  const t = b.texts.map((i) => lines[i]!);
  let start = t.length - 1;
  while (start > 0 && !startsEntry(t, start, width)) start--;
  // the head's first line may carry a glyph of its own (sb2nov sets one before each employer)
  const first = t.findIndex((l, n) => n > start && l.kind === "bullet");
  if (first - start < 1 || first - start > MAX_HEAD_LINES) return undefined;
  const head = t.slice(start, first);
  // a bulleted first line heads the entry only with a glyph its items do not share: else it is one of a list's items
  if (head[0]!.kind === "bullet" && glyphOf(head[0]!) === glyphOf(t[first]!)) return undefined;
  if (!head.every((l, n) => (l.kind === "text" || n === 0) && l.raw.length < width * 0.9 && !/[.;:]$/.test(l.text) && !LABEL.test(l.text))) return undefined;
  // no date in the entry: a dated entry has its cell already
  if (t.slice(start).some((l) => findDates(l.text).length)) return undefined;
  return { start: b.texts[start]!, items: b.texts[first]! };
}

/** "Key Contribution: …": a labelled line of an entry's text, no head. */
const LABEL = /^[^:]{1,30}:\s/;

/**
 * Line `n` of a block may open an entry: the block's first line, or a line after an item of a list that ended short of
 * the margin, with an item of the same glyph after it (a head's own glyph, as sb2nov's, is no item's).
 */
function startsEntry(t: readonly RawLine[], n: number, width: number): boolean {
  if (n === 0) return true;
  if (t[n]!.kind !== "text" || t[n - 1]!.raw.length >= width * 0.9) return false;
  const item = [...t.slice(0, n)].reverse().find((l) => l.kind === "bullet");
  const next = t.slice(n + 1).find((l) => l.kind === "bullet");
  return !!item && !!next && glyphOf(item) === glyphOf(next);
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

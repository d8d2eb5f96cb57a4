import { hasDate, isDateOnly, isSentence } from "../extract/layout/lines.js";
import { ALIGNED } from "./join-wrapped.js";
import type { RawLine } from "./text-lines.js";

/**
 * sb2nov's LaTeX résumé (and the many made from it) sets each entry as an item of an outer list: a bullet before
 * the employer or school, the role or degree on the line under it, place and dates at the right margin, and what
 * was done as items of an inner list marked with another glyph. pdftotext writes "• Acme Corp" / "Senior Engineer",
 * a blank line, "Portland, OR" / "Feb 2020 – Apr 2024", then "◦ …" (or the place and dates beside them, with
 * -layout). Read as a bullet, the employer would become a highlight and the entry lose its name. A bullet is such a
 * head when its line is short, names something rather than saying something, and the lines up to the next bullet
 * date it; two heads or more with one glyph, another glyph nested under one of them, make the layout. Each head
 * loses its bullet, becoming the first line of its entry. Changes `lines` in place.
 */
export function unmarkHeadBullets(lines: RawLine[], width: number): void {
  const heads = new Map<string, number[]>();
  /** The glyphs of heads that have an inner list of another glyph under them, with the glyphs of those lists. */
  const nesting = new Map<string, Set<string>>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== "bullet" || !isHeadLine(l, width)) continue;
    const glyph = glyphOf(l);
    const stretch = entryStretch(lines, i);
    if (!stretch.some((s) => s.kind === "text") || !stretch.some(isDated)) continue;
    heads.set(glyph, [...(heads.get(glyph) ?? []), i]);
    // the first bullet after the head's lines, when it has another glyph, is an item of the head's inner list
    const inner = innerGlyphAfter(lines, i, stretch.length);
    if (inner) nesting.set(glyph, (nesting.get(glyph) ?? new Set()).add(inner));
  }
  for (const [glyph, at] of heads) {
    const inner = nesting.get(glyph);
    if (at.length < 2 || !inner) continue;
    for (const i of at) lines[i]!.kind = "text";
    unmarkUndatedHeads(lines, width, glyph, inner);
  }
}

/**
 * Once the layout is known, the heads it dates nowhere: sb2nov's projects, a name over "◦ …" items with the tools
 * at the right margin, which pdftotext sets beside the name, under it or after the first item. Such a head is a
 * short name of the heads' glyph with an item of their inner list under it, after at most a line or two.
 */
function unmarkUndatedHeads(lines: RawLine[], width: number, glyph: string, inner: ReadonlySet<string>): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== "bullet" || glyphOf(l) !== glyph || !isHeadLine(l, width)) continue;
    const stretch = entryStretch(lines, i);
    if (stretch.filter((s) => s.kind === "text").length > 2) continue;
    const next = innerGlyphAfter(lines, i, stretch.length);
    if (!next || !inner.has(next)) continue;
    l.kind = "text";
    const cell = stretch.length ? besideCell(lines, i, stretch, width) : lateCell(lines, i, width);
    // set beside the head, as pdftotext -layout keeps it: a header's name and what it was made with
    if (cell === undefined) continue;
    const [moved] = lines.splice(cell, 1);
    l.text = `${l.text}   ${moved!.text}`;
    l.raw = `${l.raw}   ${moved!.text}`;
  }
}

/** The line right under an undated head, when it is its only one and short: the cell at the head's right margin. */
function besideCell(lines: readonly RawLine[], head: number, stretch: readonly RawLine[], width: number): number | undefined {
  const cell = lines[head + 1]!;
  return stretch.length === 1 && cell.kind === "text" && isHeadLine(cell, width) ? head + 1 : undefined;
}

/**
 * "• TIDE PLANNER" / "◦ A planner for …" / "Flask, Postgres" / "◦ …": the right-hand cell of a head that names
 * nothing under it comes after the head's first item, which pdftotext sets on the same band of the page when it
 * fits on one line. A short line, no sentence, alone between that item and the next one is that cell.
 */
function lateCell(lines: readonly RawLine[], head: number, width: number): number | undefined {
  const item = lines.findIndex((l, j) => j > head && l.kind !== "blank");
  if (lines[item + 1]?.kind !== "blank") return undefined;
  const cell = lines.findIndex((l, j) => j > item && l.kind !== "blank");
  const after = lines.slice(cell + 1).find((l) => l.kind !== "blank");
  const glyph = glyphOf(lines[item]!);
  if (lines[cell]?.kind !== "text" || after?.kind !== "bullet" || glyphOf(after) !== glyph || !isHeadLine(lines[cell]!, width)) return undefined;
  return cell;
}

/** The glyph of the first bullet after a head and its stretch of lines, when it is another glyph than the head's. */
function innerGlyphAfter(lines: readonly RawLine[], i: number, stretch: number): string | undefined {
  const next = lines.slice(i + 1 + stretch).find((n) => n.kind !== "blank");
  if (next?.kind !== "bullet") return undefined;
  const glyph = glyphOf(next);
  return glyph !== glyphOf(lines[i]!) ? glyph : undefined;
}

/** At most so many lines of an entry's header and its place and dates under a head. */
const MAX_STRETCH = 8;

/** The lines after a head's up to the next bullet, at most MAX_STRETCH of them. */
function entryStretch(lines: readonly RawLine[], i: number): RawLine[] {
  const out: RawLine[] = [];
  for (let j = i + 1; j < lines.length && out.length < MAX_STRETCH; j++) {
    const l = lines[j]!;
    if (l.kind === "bullet" || l.pageStart) break;
    out.push(l);
  }
  // the blank lines after the last text line belong to no entry
  while (out.length && out[out.length - 1]!.kind !== "text") out.pop();
  return out;
}

/** The bullet's glyph, the first character of its physical line. */
export const glyphOf = (l: RawLine) => l.raw.trimStart().charAt(0);

/**
 * A head's line: short (no item wrapped over the next line), or set beside its place; a name ("Facebook Inc."), no
 * sentence, no clause or label cut at its colon or comma, no date.
 */
function isHeadLine(l: RawLine, width: number): boolean {
  const text = l.text.trim();
  // the length first: most bullets are long, and the date and sentence tests are the costly ones
  if (!ALIGNED.test(text) && l.raw.trimEnd().length > width * 0.6) return false;
  return !/[!?;:,]$|\p{Ll}{3}\.$/u.test(text) && !isDateOnly(text) && !isSentence(text);
}

/** A line of the stretch that holds a date: the dates set right of the entry, alone or beside its role. */
const isDated = (l: RawLine) => l.kind === "text" && hasDate(l);

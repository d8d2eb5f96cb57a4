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
  /** The glyphs of heads that have an inner list of another glyph under them. */
  const nesting = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== "bullet" || !isHeadLine(l, width)) continue;
    const glyph = glyphOf(l);
    const stretch = entryStretch(lines, i);
    if (!stretch.some((s) => s.kind === "text") || !stretch.some(isDated)) continue;
    heads.set(glyph, [...(heads.get(glyph) ?? []), i]);
    // the first bullet after the head's lines, when it has another glyph, is an item of the head's inner list
    const next = lines.slice(i + 1 + stretch.length).find((n) => n.kind !== "blank");
    if (next?.kind === "bullet" && glyphOf(next) !== glyph) nesting.add(glyph);
  }
  for (const [glyph, at] of heads) {
    if (at.length < 2 || !nesting.has(glyph)) continue;
    for (const i of at) lines[i]!.kind = "text";
  }
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

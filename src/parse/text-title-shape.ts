/**
 * What a line of plain text must look like to be a section's title, and the
 * neighbours a heading is judged by: shared by every way a text sets its headings.
 */
import type { RawLine } from "./text-lines.js";
import { classifyTitle } from "./section-titles.js";

/** "【職務経歴】", "[ EXPERIENCE ]": brackets round a whole title, which frame it. */
export const FRAMED = /^[【［[〔]\s*([^【】［］[\]〔〕]+?)\s*[】］\]〕]$/u;

/** A year of this century or the last, which dates an entry's line. */
export const YEAR = /\b(19|20)\d{2}\b/;

/** A line of text that is a title vitae knows, told by its words once its decoration is gone. */
export function isKnownTitle(line: RawLine | undefined): boolean {
  return line?.kind === "text" && isTitleShaped(line.text) && classifyTitle(undecoratedTitle(line.text)) !== undefined;
}

/** The heading text without decoration: "== SKILLS ==", "Skills:", an icon font's glyph → "SKILLS", "Skills". */
export function undecoratedTitle(text: string): string {
  // "【職務経歴】", "[ EXPERIENCE ]": the brackets round a whole title frame it
  return text
    // "SKILLS -------------": a rule run on from the title to the margin underlines it on its own line
    .replace(/\s+([-=_~*#])\1{2,}\s*$/u, "")
    .replace(/^[#=*\s\p{Co}]+|[#=*:：\s]+$/gu, "")
    .replace(FRAMED, "$1")
    .trim();
}

/** Short, no sentence punctuation, no date: something a heading could be. */
export function isTitleShaped(text: string): boolean {
  const t = undecoratedTitle(text);
  if (!t || t.length > 60 || t.split(/\s+/).length > 7) return false;
  // (a year belongs to an entry's line, unless it dates a known title as a whole: "Experience 2011 - Present")
  if (/[.!?;,]$/.test(t) || (YEAR.test(t) && classifyTitle(t) === undefined) || /@|https?:/.test(t)) return false;
  return /\p{L}/u.test(t);
}

/** The index of the next line with content after line `i`, undefined when there is none. */
export function nextContent(lines: readonly RawLine[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "skip") return j;
  return undefined;
}

/** The nearest line with content before (-1) or after (1) line `i`. */
export function neighbour(lines: readonly RawLine[], i: number, step: 1 | -1): RawLine | undefined {
  return lines[neighbourIndex(lines, i, step)];
}

/** The index of the nearest line with content before (-1) or after (1) line `i`; -1 when there is none. */
export function neighbourIndex(lines: readonly RawLine[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "skip") return j;
  return -1;
}

/** Not opening in lower case: a title may open with a capital, a digit or a sign. */
export const startsUpper = (t: string) => !/^\p{Ll}/u.test(t);
/** How many letters the text holds. */
export const letters = (t: string) => (t.match(/\p{L}/gu) ?? []).length;
/** Set in capitals: some capital letter and no small one. */
export const isCaps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

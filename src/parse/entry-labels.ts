import { findDates } from "../extract/dates.js";
import { foldTitle } from "./title-text.js";
import type { TextHeading } from "./text-adornments.js";
import type { RawLine } from "./text-lines.js";

/** How many lines with content before a label its entry's dates may stand: header lines, a place, the role. */
const HEADER_REACH = 4;

/**
 * "Highlights" under each job, "Courses" under each degree: JSON Resume's themes (flat, kendall, even…) print a
 * label over an entry's list, and such a label may be a known section title. A title that the document sets twice
 * or more, most times with a dated line among the few lines above it in its section, labels a part of every entry it
 * follows and heads no section (a page break may set one entry's dates under its list); a section's title comes
 * after the last entry of the section before, which only a few of its lines are dates of. Returns the lines so found
 * among `headings`.
 */
export function findEntryLabels(lines: readonly RawLine[], headings: ReadonlyMap<number, TextHeading>): number[] {
  const byTitle = new Map<string, number[]>();
  for (const [i, h] of headings) byTitle.set(foldTitle(h.title), [...(byTitle.get(foldTitle(h.title)) ?? []), i]);
  return [...byTitle.values()]
    .filter((at) => {
      const dated = at.filter((i) => followsDates(lines, i, headings)).length;
      return dated >= 2 && dated * 2 > at.length;
    })
    .flat();
}

/** A line with a date among the lines with content just above line `i`, none of them a heading. */
function followsDates(lines: readonly RawLine[], i: number, headings: ReadonlyMap<number, TextHeading>): boolean {
  let seen = 0;
  for (let j = i - 1; j >= 0 && seen < HEADER_REACH; j--) {
    const l = lines[j]!;
    if (l.kind === "blank" || l.kind === "skip") continue;
    if (headings.has(j)) return false;
    if (findDates(l.text).length > 0) return true;
    seen++;
  }
  return false;
}

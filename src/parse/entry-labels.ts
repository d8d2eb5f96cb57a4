import { findDates } from "../extract/dates.js";
import { classifyTitle } from "./section-titles.js";
import { foldTitle } from "./title-text.js";
import type { TextHeading } from "./text-adornments.js";
import type { RawLine } from "./text-lines.js";

/**
 * "Highlights" under each job, "Courses" under each degree: JSON Resume's themes (flat, kendall, even…) print a
 * label over an entry's list, and such a label may be a known section title. A title that the document sets twice
 * or more close together, at most one other heading between two of them (a list item read as one: "CGNAT", "Work-
 * study program"), most times with a dated line between it and the heading or label above it, labels a part of
 * every entry it follows and heads no section (a page break may set one entry's dates under its list); a section's
 * title that a CV sets twice (a vita's "Experience", then its leadership's) has other sections between. Returns the
 * lines so found among `headings`.
 */
export function findEntryLabels(lines: readonly RawLine[], headings: ReadonlyMap<number, TextHeading>): number[] {
  const byTitle = new Map<string, number[]>();
  // (the finders add headings by kind, not in the document's order)
  for (const i of [...headings.keys()].sort((a, b) => a - b)) {
    const title = foldTitle(headings.get(i)!.title);
    byTitle.set(title, [...(byTitle.get(title) ?? []), i]);
  }
  return [...byTitle.values()]
    .filter((at) => {
      if (at.length < 2 || !LABEL_KINDS.has(classifyTitle(headings.get(at[0]!)!.title)) || !closeTogether(at, headings)) return false;
      const dated = at.filter((i) => followsDates(lines, i, headings)).length;
      return dated >= 2 && dated * 2 > at.length;
    })
    .flat();
}

/**
 * The titles a theme prints over a part of each entry ("Highlights", "Courses", "Keywords"). A section of entries
 * set twice ("Experience" again at the top of a page, a bilingual CV's "Expérience", a "Projects" section after jobs
 * that each list their projects) heads a section each time.
 */
const LABEL_KINDS = new Set<string | undefined>([undefined, "summary", "other", "skills"]);

/** At most one other heading between each of the lines `at` (in document order) and the next. */
function closeTogether(at: readonly number[], headings: ReadonlyMap<number, TextHeading>): boolean {
  const others = [...headings.keys()].filter((k) => !at.includes(k));
  return at.slice(1).every((b, n) => others.filter((k) => k > at[n]! && k < b).length <= 1);
}

/** A line with a date between line `i` and the heading above it. */
function followsDates(lines: readonly RawLine[], i: number, headings: ReadonlyMap<number, TextHeading>): boolean {
  // (a date holds a digit: the cheap test spares most lines the date reader)
  for (let j = i - 1; j >= 0 && !headings.has(j); j--) if (/\d/.test(lines[j]!.text) && findDates(lines[j]!.text).length > 0) return true;
  return false;
}

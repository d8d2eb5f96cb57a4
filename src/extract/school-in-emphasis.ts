import type { SourceLine } from "../parse/source-line.js";
import { findDates } from "./dates.js";
import { namesDegree } from "./degrees.js";
import { isLocation } from "./entry-parts.js";
import { SCHOOL_WORDS } from "./vocabulary.js";
import { escapeRegExp } from "./word-trie.js";

/**
 * "### Automação Industrial - *Escola Técnica Norte*", the education section of a CV whose jobs read "### Analista -
 * *Acme*": a header that sets its last phrase apart in emphasis after a dash names the field before the dash and the
 * school in emphasis, as the same CV names role and employer. Returns the two, or undefined for another header
 * (a degree before the dash is read by the degree's own rules; a school's word before it makes that the school).
 * A degree, a date or a place in emphasis is none of a school: "### HEC Paris - *Master in Management*" names the
 * school before the dash, and "### Physics - *2018 – 2022*" dates the study.
 */
export function schoolInEmphasis(head: readonly SourceLine[]): { field: string; school: string } | undefined {
  for (const l of head) {
    const runs = (l.spans ?? []).filter((s) => s.text.trim());
    const last = runs[runs.length - 1];
    if (!last || !(last.emphasis || last.strong) || runs.length < 2) continue;
    const school = last.text.trim();
    if (namesDegree(school) || findDates(school).length || isLocation(school)) continue;
    const m = new RegExp(`^(.+?)\\s+[-–—]\\s+${escapeRegExp(school)}\\s*$`, "u").exec(l.text.trim());
    const field = m?.[1]?.trim();
    // the phrase before the dash is written plain: a line set wholly in emphasis is one phrase of its own
    if (!field || runs.slice(0, -1).some((s) => s.emphasis || s.strong) || namesDegree(field) || SCHOOL_WORDS.test(field)) continue;
    return { field, school };
  }
  return undefined;
}


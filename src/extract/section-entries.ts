import type { Position } from "../diagnostics/diagnostic.js";
import { STANDARD_SECTIONS, type SectionRef } from "../resume/schema.js";
import type { Draft } from "./draft.js";

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/**
 * "## Current Positions" and "## Previous Positions", "## Education" and "## Professional Education": where the source
 * splits one list among several sections, each section names the entries that are its own (`items`), those whose lines
 * begin in it (an entry read elsewhere, such as a school found in the introduction, goes to the first), so that every
 * theme prints each entry once, under its own title. A section left with no entry of its own is unlisted: it printed
 * nothing of its own.
 */
export function assignSectionEntries(draft: Draft): void {
  const refs = draft.resume.meta?.sections;
  if (!refs) return;
  for (const key of STANDARD_SECTIONS) {
    const shared = refs.filter((r) => r.key === key && draft.sectionStarts.has(r));
    if (shared.length < 2) continue;
    const owned = new Map<SectionRef, number[]>(shared.map((r) => [r, []]));
    (draft.resume[key] ?? []).forEach((_, i) => {
      const origin = draft.origins.get(`/${key}/${i}`);
      const begun = origin ? shared.filter((r) => before(draft.sectionStarts.get(r)!, origin)) : [];
      const home = begun.at(-1) ?? shared[0]!;
      owned.get(home)!.push(i);
    });
    for (const [ref, items] of owned) ref.items = items;
  }
  draft.resume.meta!.sections = refs.filter((r) => !r.items || r.items.length);
}

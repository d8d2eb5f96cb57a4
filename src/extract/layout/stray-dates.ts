import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { isPlaceLine } from "../entry-parts.js";
import { hasDate, isDateOnly } from "./lines.js";
import { splitEntries } from "./split-entries.js";

/** Kinds whose entries are dated, that a column of dates set apart from them belongs to. */
const DATED_KINDS: ReadonlySet<string | undefined> = new Set(["work", "education", "projects", "volunteer"]);

/** The dates taken back to a section above, each line with the entry it now dates. */
export interface ReturnedDates {
  blocks: SectionBlock[];
  returned: { date: SourceLine; entry: SourceLine }[];
}

/**
 * pdftotext may set a section's column of dates and places after the next
 * sections (Jake's résumé: "Projects" with "Trailhead | TypeScript…", then
 * "Technical Skills", then "Sep. 2023 – Present" / "Jan. 2023 – Apr. 2023";
 * a page whose entries set "Austin, TX" over "May 2019" at the right margin,
 * which pdftotext writes at the foot of the page). Lines of dates alone, with
 * a place alone beside each or none, that close a section of undated things
 * (skills, languages, certificates) go back to the nearest section of dated
 * kind above it, one record to each of its entries in order, when it has as
 * many entries as dates (or the one record is its first entry's) and none dated.
 */
export function returnStrayDates(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>): ReturnedDates {
  const out = [...blocks];
  const returned: ReturnedDates["returned"] = [];
  for (let i = 1; i < out.length; i++) {
    if (DATED_KINDS.has(kinds[i])) continue;
    let target = i - 1;
    while (target > 0 && !DATED_KINDS.has(kinds[target])) target--;
    if (!DATED_KINDS.has(kinds[target])) continue;
    const lines = out[i]!.lines;
    let from = lines.length;
    while (from > 0 && isCell(lines[from - 1]!)) from--;
    const records = from > 0 ? recordsOf(lines.slice(from)) : undefined;
    if (!records) continue;
    const above = out[target]!;
    const split = splitEntries(above.lines).entries;
    if (split.some((e) => e.head.some(hasDate) || e.body.some(hasDate))) continue;
    // a school over its degree, undated, splits as two entries: one record is the section's first entry's
    const entries = records.length === 1 ? split.slice(0, 1) : split;
    if (entries.length !== records.length) continue;
    const lastHead = new Map(entries.map((e, k) => [e.head.at(-1)!, records[k]!.map((l) => ({ ...l, gap: false }))]));
    out[target] = { ...above, lines: above.lines.flatMap((l) => [l, ...(lastHead.get(l) ?? [])]) };
    out[i] = { ...out[i]!, lines: lines.slice(0, from) };
    returned.push(...entries.map((e, k) => ({ date: records[k]!.find((l) => isDateOnly(l.text))!, entry: e.head[0]! })));
  }
  return { blocks: out, returned };
}

/** A line that is a cell of a right-hand column alone: a date, or a place. */
const isCell = (l: SourceLine) => l.kind === "text" && l.depth === 0 && (isDateOnly(l.text) || isPlaceLine(l.text));

/**
 * The cells cut into one record per entry: each a date alone, or each a place
 * and a date in the order the first record sets them. Nothing when they do
 * not pair so (a place with no date beside it is a place, not a stray cell).
 */
function recordsOf(cells: readonly SourceLine[]): SourceLine[][] | undefined {
  const dated = cells.map((l) => isDateOnly(l.text));
  if (dated.every(Boolean)) return cells.map((l) => [l]);
  if (cells.length % 2 !== 0) return undefined;
  const pairs = Array.from({ length: cells.length / 2 }, (_, k) => cells.slice(2 * k, 2 * k + 2));
  const dateFirst = dated[0]!;
  return pairs.every((p) => isDateOnly(p[0]!.text) === dateFirst && isDateOnly(p[1]!.text) !== dateFirst) ? pairs : undefined;
}

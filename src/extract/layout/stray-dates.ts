import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { hasDate, isDateOnly } from "./lines.js";
import { splitEntries } from "./split-entries.js";

/** Kinds whose entries are dated, that a column of dates set apart from them belongs to. */
const DATED_KINDS: ReadonlySet<string | undefined> = new Set(["work", "education", "projects", "volunteer"]);

/** The dates taken back to the section above, each line with the entry it now dates. */
export interface ReturnedDates {
  blocks: SectionBlock[];
  returned: { date: SourceLine; entry: SourceLine }[];
}

/**
 * pdftotext may set a section's column of dates after the next section
 * (Jake's résumé: "Projects" with "Trailhead | TypeScript…", then "Technical
 * Skills", then "Sep. 2023 – Present" / "Jan. 2023 – Apr. 2023"). Lines of
 * dates alone that close a section of undated things (skills, languages) go
 * back to the section of dated kind just above it, one to each of its
 * entries in order, when it has as many entries as dates and none dated.
 */
export function returnStrayDates(blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>): ReturnedDates {
  const out = [...blocks];
  const returned: ReturnedDates["returned"] = [];
  for (let i = 1; i < out.length; i++) {
    if (DATED_KINDS.has(kinds[i]) || !DATED_KINDS.has(kinds[i - 1])) continue;
    const lines = out[i]!.lines;
    let from = lines.length;
    while (from > 0 && lines[from - 1]!.kind === "text" && lines[from - 1]!.depth === 0 && isDateOnly(lines[from - 1]!.text)) from--;
    const dates = lines.slice(from);
    if (!dates.length || from === 0) continue;
    const above = out[i - 1]!;
    const { entries } = splitEntries(above.lines);
    if (entries.length !== dates.length || entries.some((e) => e.head.some(hasDate) || e.body.some(hasDate))) continue;
    const lastHead = new Map(entries.map((e, k) => [e.head.at(-1)!, { ...dates[k]!, gap: false }]));
    out[i - 1] = { ...above, lines: above.lines.flatMap((l) => (lastHead.has(l) ? [l, lastHead.get(l)!] : [l])) };
    out[i] = { ...out[i]!, lines: lines.slice(0, from) };
    returned.push(...entries.map((e, k) => ({ date: dates[k]!, entry: e.head[0]! })));
  }
  return { blocks: out, returned };
}

import { findDates, monthNumber } from "./dates.js";
import { note, type Draft } from "./draft.js";
import type { Entry } from "./layout/lines.js";

/** A year and a range dash followed by a word that is neither a date nor "Present". */
const BROKEN_RANGE = /\b((?:19|20)\d{2})\s*[-–—]\s*([\p{L}?]{2,}|\?+)(?=\s|$|[,.;)])/gu;

/** Reports dates in an entry's header that could not be read, with how to write them. */
export function checkDates(draft: Draft, entry: Entry): void {
  for (const line of entry.head) {
    const ranges = findDates(line.text).filter((d) => d.range);
    for (const m of line.text.matchAll(BROKEN_RANGE)) {
      // a range the date reader understood ("03/2021 – actualidad") is not broken, nor a year then a month ("2019 – Dec")
      if (monthNumber(m[2]!) || ranges.some((d) => d.index <= m.index! + m[0].length && m.index! < d.index + d.length)) continue;
      // "2022 — Outstanding Reviewer, ICML", "2018 — iF Design Award": a year, a spaced dash and a title set after it, no range
      if (/\s[-–—]\s/.test(m[0]) && /\p{Lu}/u.test(m[2]!) && /^\s+\p{L}/u.test(line.text.slice(m.index! + m[0].length))) continue;
      // "Tel-Ran Center — 2025 — Haifa, Israel": the same spaced dash on both sides of the year sets the header's phrases apart
      const dash = /\s([-–—])\s/.exec(m[0])?.[1];
      if (dash && line.text.slice(0, m.index).trimEnd().endsWith(dash)) continue;
      note(
        draft,
        "warning",
        "unreadable-date",
        `the end of the date range "${m[0]}" could not be read; write it as a month and year ("Jun 2024"), a year ("2024") or "Present"`,
        columnOf(draft, line.position.line, m[0], line.position.column + m.index),
      );
    }
    if (!findDates(line.text).length && /\b\d{1,2}\/\d{2}\s*[-–—]/.test(line.text)) {
      note(draft, "warning", "unreadable-date", `a date in "${line.text}" uses a two-digit year, which is ambiguous; write the year in full ("09/2014")`, line.position);
    }
  }
}

/** Where `text` stands in the source line; markup removed by the parser would shift a computed column. */
function columnOf(draft: Draft, line: number, text: string, fallback: number): { line: number; column: number } {
  const at = draft.sourceLines[line - 1]?.indexOf(text) ?? -1;
  return { line, column: at >= 0 ? at + 1 : fallback };
}

import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { isDurationLine } from "../date-pattern.js";
import { hasDate, isDateOnly } from "./lines.js";

const isHeading = (l: SourceLine) => l.kind === "heading" || l.kind === "subheading";
/** A line of dates alone, or of how long the job lasted ("6 месяцев"), as hh.ru sets them over a job. */
const isRecordLine = (l: SourceLine) => l.kind === "text" && (isDateOnly(l.text) || isDurationLine(l.text));

/**
 * "Январь 2024 — настоящее время" and "6 месяцев" over "#### Ведущий разработчик": hh.ru's résumé, and the Markdown
 * copies made of it, set each job's dates and how long it lasted above the headings that name the job. Where a
 * section opens with such lines before its first heading, each run of undated headings that has them right above
 * takes them under it, where the entry's reader looks for its dates. A section that opens with a heading keeps its
 * lines as written: dates at the foot of an entry are that entry's.
 */
export function lowerDatesOverHeads(block: SectionBlock): SectionBlock {
  const lines = block.lines;
  if (!lines.length || !isDateOnly(lines[0]!.text) || !isRecordLine(lines[0]!)) return block;
  const groups = recordsOverHeads(lines);
  // "2010 – present" over "### Engineer, Acme" / "2019 – present" / …: where the lines right under most headings are
  // dates too, the section writes each job's dates under its heading, and the first line is the whole span's
  const datedUnder = groups.filter((g) => lines[g.head] !== undefined && isRecordLine(lines[g.head]!));
  if (!groups.length || datedUnder.length * 2 >= groups.length) return block;
  const out: SourceLine[] = [];
  let at = 0;
  for (const { start, end, head } of groups) {
    out.push(...lines.slice(at, start), ...lines.slice(end, head), ...lines.slice(start, end));
    at = head;
  }
  return { ...block, lines: [...out, ...lines.slice(at)] };
}

/**
 * Each run of dates alone (then maybe the duration) right over a run of undated headings: where the dates start and
 * end, and where the headings end. Headings of one level side by side ("#### Senior Engineer" / "#### Engineer" under
 * "### Acme") are several roles, which one run of dates cannot date: they keep their lines as written.
 */
function recordsOverHeads(lines: readonly SourceLine[]): Array<{ start: number; end: number; head: number }> {
  const groups: Array<{ start: number; end: number; head: number }> = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && isRecordLine(lines[end]!)) end++;
    let head = end;
    while (head < lines.length && isHeading(lines[head]!) && !hasDate(lines[head]!)) head++;
    const depths = lines.slice(end, head).map((l) => l.depth);
    if (end > i && head > end && isDateOnly(lines[i]!.text) && new Set(depths).size === depths.length) {
      groups.push({ start: i, end, head });
      i = head;
    } else i = Math.max(end, i + 1);
  }
  return groups;
}

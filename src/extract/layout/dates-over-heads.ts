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
  const out: SourceLine[] = [];
  let moved = false;
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && isRecordLine(lines[end]!)) end++;
    let head = end;
    while (head < lines.length && isHeading(lines[head]!) && !hasDate(lines[head]!)) head++;
    // dates alone (then maybe the duration) right over one heading or more: the headings, then the dates
    if (end > i && head > end && isDateOnly(lines[i]!.text)) {
      out.push(...lines.slice(end, head), ...lines.slice(i, end));
      moved = true;
      i = head;
    } else {
      out.push(...lines.slice(i, Math.max(end, i + 1)));
      i = Math.max(end, i + 1);
    }
  }
  return moved ? { ...block, lines: out } : block;
}

import type { Award } from "../resume/schema.js";
import { findDates, lastDates } from "./dates.js";
import { compact } from "./date-fields.js";
import type { Entry } from "./entries.js";
import { readBody, trimSeparators, withoutLead } from "./entry-parts.js";

/**
 * Reads an award: "<b>Title</b> awarder…  Nov 2023", or "Title by Awarder, 2021".
 * A range of years ("2012-2014") stays in `period`: one award date cannot be read from it.
 */
export function toAward(entry: Entry): Award {
  const first = entry.head[0]!;
  const rest = first.lead ? withoutLead(first) : first.text;
  const all = findDates(rest);
  // "Dean's List, Fall 2023 and Spring 2024" names two terms: no one date, and the title keeps them
  const dates = all.length > 1 && !all.some((d) => d.range) ? undefined : lastDates(rest);
  // a date inside the title ("HackIllinois 2024, 2nd place") stays in it; one at either end is cut off
  const inside = dates && /\p{L}/u.test(trimSeparators(rest.slice(0, dates.index))) && /\p{L}/u.test(trimSeparators(rest.slice(dates.index + dates.length))) && !first.lead;
  const undated = dates && !inside ? rest.slice(0, dates.index) + rest.slice(dates.index + dates.length) : rest;
  let title = first.lead ? trimSeparators(first.lead) : undefined;
  let summary = first.lead ? trimSeparators(undated) : undefined;
  let awarder: string | undefined;
  if (!title) {
    const text = trimSeparators(undated.replace(/\(\s*\)/g, ""));
    const by = /^(.+?)\s+(?:by|from|awarded by|von|par|de la part de)\s+(.+)$/.exec(text);
    if (by) [title, awarder] = [by[1]!, trimSeparators(by[2]!)];
    else title = text;
  }
  const body = readBody([...entry.head.slice(1), ...entry.body]);
  summary = [summary, body.summary].filter(Boolean).join("\n") || undefined;
  return compact({
    title,
    awarder,
    date: dates && !dates.range ? dates.start : undefined,
    period: dates?.period,
    summary,
    highlights: body.highlights,
  } as Award);
}

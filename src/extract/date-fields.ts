import type { DateMatch } from "./dates.js";

/**
 * The ISO dates of a match as entry fields, with the dates as written kept in `period`. A job or a
 * degree is dated to the month: the day some CVs add ("01.03.2019 – 30.06.2021") is dropped, as the
 * labelling rules expect; an event (a talk, a news item) keeps its day with `precision` "day".
 */
export function dateFields(d: DateMatch | undefined, precision: "month" | "day" = "month"): { startDate?: string; endDate?: string; period?: string } {
  if (!d) return {};
  const cut = precision === "month" ? 7 : 10;
  // "2011年04月 | 2014年05月": a table's start and end columns, joined at the cell's bar, print as the range they are
  const out: { startDate?: string; endDate?: string; period?: string } = { period: d.range ? d.period.replace(/\s+\|\s+/, " – ") : d.period };
  if (d.start) out.startDate = d.start.slice(0, cut);
  if (d.end) out.endDate = d.end.slice(0, cut);
  return out;
}

/** The dates of a job: a single date ("Summer 2011", "2019") is both its start and its end, as the job lay within it. */
export function jobDates(d: DateMatch | undefined): { startDate?: string; endDate?: string; period?: string } {
  const fields = dateFields(d);
  return d && !d.range && fields.startDate ? { ...fields, endDate: fields.startDate } : fields;
}

/**
 * The dates of a degree: a single date ("2015", "Expected May 2027") is when it ended, the graduation;
 * an open range ("2019 –", "since 2019", "2019年4月〜") keeps only its start.
 */
export function degreeDates(d: DateMatch | undefined): { startDate?: string; endDate?: string; period?: string } {
  const fields = dateFields(d);
  return d && !d.range && fields.startDate ? { endDate: fields.startDate, period: fields.period } : fields;
}

/** Drops keys whose value is undefined, an empty string or an empty list, so the JSON stays minimal. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

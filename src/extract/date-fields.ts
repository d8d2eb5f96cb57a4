import type { DateMatch } from "./dates.js";

/** The ISO dates of a match as entry fields, with the dates as written kept in `period`. */
export function dateFields(d: DateMatch | undefined): { startDate?: string; endDate?: string; period?: string } {
  if (!d) return {};
  const out: { startDate?: string; endDate?: string; period?: string } = { period: d.period };
  if (d.start) out.startDate = d.start;
  if (d.end) out.endDate = d.end;
  return out;
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

/**
 * Dates as CVs write them, read into ISO form (YYYY, YYYY-MM, YYYY-MM-DD).
 * One pass over the text with one alternation; no pattern can backtrack badly
 * because every repetition is bounded or anchored on a literal.
 */
export interface DateMatch {
  start?: string;
  end?: string;
  /** The range ends in "Present", "Current", "Now"… */
  present: boolean;
  /** The dates exactly as written. */
  period: string;
  index: number;
  length: number;
  /** True for a range ("A – B"), false for a single date. */
  range: boolean;
}

const MONTHS: Array<[RegExp, number]> = [
  [/^(jan|janv|janvier|januar|january|enero|ene|gennaio)/, 1],
  [/^(feb|février|fevrier|févr|fevr|februar|february)/, 2],
  [/^(mar|mär|märz|mars|march|marzo)$|^(march|märz)/, 3],
  [/^(apr|avr|april|avril|abril)/, 4],
  [/^(may|mai|mayo)$/, 5],
  [/^(jun|juin|juni|june|junio)$/, 6],
  [/^(jul|juil|juillet|juli|july|julio)/, 7],
  [/^(aug|août|aout|august|agosto)/, 8],
  [/^(sep|sept|september|septembre|septiembre)/, 9],
  [/^(oct|okt|october|octobre|oktober|octubre)/, 10],
  [/^(nov|november|novembre|noviembre)/, 11],
  [/^(dec|déc|dez|december|décembre|dezember|diciembre)/, 12],
];
const MON =
  "(?:jan(?:uary|vier|v|uar)?|feb(?:ruary|ruar)?|f[ée]vr?(?:ier)?|mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avr(?:il)?|may|mai|jun[ei]?|juin|jul[yi]?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember|embre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|d[eé][cz](?:ember|embre)?)\\.?";
const SEASON = "(?:spring|summer|fall|autumn|winter|printemps|été|automne|hiver|frühling|sommer|herbst|winter)";
const YEAR = "(?:19\\d\\d|20\\d\\d)";
const SINGLE =
  `(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+)?(?<m1>${MON})\\s+(?:(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(?<y1>${YEAR})` +
  `|(?<y2>${YEAR})[-./](?<m2>0?[1-9]|1[0-2])(?:[-./](?<d3>0?[1-9]|[12]\\d|3[01]))?(?![\\d.])` +
  `|(?<m3>0?[1-9]|1[0-2])[/.](?<y3>${YEAR})` +
  `|(?<s>${SEASON})\\s+(?<y4>${YEAR})` +
  `|(?<y5>${YEAR})\\s*年(?:\\s*(?<m5>\\d{1,2})\\s*月)?` +
  `|(?<y6>${YEAR})`;
const PRESENT = "(?:present|current|currently|now|today|ongoing|date|heute|aujourd'hui|présent|actuel|jetzt|actualidad|actual|presente|hoy|oggi|attuale|atual|atualmente|至今|现在|今)";
const SEP = "\\s*(?:--?|–|—|~|to|until|till|bis|à|au|至|→)\\s*";
/** The length a LinkedIn export writes after a range, "(3 years 9 months)": part of how the dates are written. */
const DURATION = "(?:\\s*\\((?:(?:\\d{1,2}\\s+(?:years?|yrs?|months?|mos?))(?:\\s+\\d{1,2}\\s+(?:months?|mos?))?|less than a year)\\))?";
const RANGE = new RegExp(`(?<![\\p{L}\\d])(?:${SINGLE})(?:(?<sep>${SEP})(?:(?<present>${PRESENT})(?![\\p{L}])|(?<tail>${SINGLE.replace(/\?<(\w+)>/g, "?<t_$1>")})))?${DURATION}(?![\\p{L}\\d])`, "giu");

const ANY_YEAR = new RegExp(YEAR);

/** Every date or date range in `text`, left to right. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  // every form has a four-digit year; most lines of a CV have none, and the full pattern is costly to run
  if (!ANY_YEAR.test(text)) return out;
  for (const m of text.matchAll(RANGE)) {
    const g = m.groups ?? {};
    const start = toIso(g, "");
    if (!start) continue;
    const present = g.present !== undefined;
    const end = g.tail !== undefined ? toIso(g, "t_") : undefined;
    out.push({ start, end, present, period: m[0].trim(), index: m.index, length: m[0].length, range: present || end !== undefined });
  }
  return out;
}

/** The last date or range in `text`, which in an entry header is the entry's dates. */
export function lastDates(text: string): DateMatch | undefined {
  return rangeOrLast(findDates(text));
}

/**
 * The dates of one line of an entry's header: those it begins with ("Mar 15, 2025  Paper accepted to
 * ICML 2025"), else its last date or range, as lastDates.
 */
export function headerLineDates(text: string): DateMatch | undefined {
  const all = findDates(text);
  return all[0]?.index === 0 ? all[0] : rangeOrLast(all);
}

const rangeOrLast = (all: DateMatch[]) => all.find((d) => d.range) ?? all[all.length - 1];

/** The month number a month name stands for. */
export function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.find(([re]) => re.test(n))?.[1];
}

function toIso(g: Record<string, string | undefined>, p: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = (y: string, m: number, d?: string) => {
    const dn = d ? Number(d) : 0;
    return dn >= 1 && dn <= 31 ? `${y}-${pad(m)}-${pad(dn)}` : `${y}-${pad(m)}`;
  };
  if (g[`${p}y1`]) {
    const m = monthNumber(g[`${p}m1`] ?? "");
    return m ? day(g[`${p}y1`]!, m, g[`${p}d1`] ?? g[`${p}d2`]) : g[`${p}y1`];
  }
  if (g[`${p}y2`]) return day(g[`${p}y2`]!, Number(g[`${p}m2`]), g[`${p}d3`]);
  if (g[`${p}y3`]) return `${g[`${p}y3`]}-${pad(Number(g[`${p}m3`]))}`;
  if (g[`${p}y4`]) return g[`${p}y4`];
  if (g[`${p}y5`]) {
    const m = Number(g[`${p}m5`] ?? 0);
    return m >= 1 && m <= 12 ? `${g[`${p}y5`]}-${pad(m)}` : g[`${p}y5`];
  }
  return g[`${p}y6`];
}

import { allMatches } from "./all-matches.js";
import { datePattern } from "./date-pattern.js";
import { markedMonth, markMonths, markRomanMonths, monthOf } from "./month-names.js";
import dateWords from "./vocabulary/dates.json" with { type: "json" };
import { memoByText } from "./evidence/text-memo.js";
import { trieSource } from "./word-trie.js";

/**
 * Dates as CVs write them, in any of the languages CLDR names months in, read
 * into ISO form (YYYY, YYYY-MM, YYYY-MM-DD). The forms are in date-pattern.ts,
 * the words in vocabulary/.
 */
export interface DateMatch {
  start?: string;
  end?: string;
  /** The range ends in "Present", "Current", "heute", "至今"…, or opens with "since". */
  present: boolean;
  /** The dates exactly as written. */
  period: string;
  index: number;
  length: number;
  /** True for a range ("A – B", "2018 –", "since 2019"), false for a single date. */
  range: boolean;
}

type Groups = Record<string, string | undefined>;

/**
 * Every form has a four-digit year, two digits after an apostrophe or a month's name ("Dec ’17", "Nov18") or a
 * month and two digits before a dash ("10/15 - 5/16") or two digits in brackets before one ("[16-17]"); most lines of a CV
 * have none, and the full pattern is costlier to run.
 */
const ANY_YEAR = /(?:19|20)\d\d|['‘’´`]\d\d|\d\/\d\d\s*[-–—−‒―－~〜～]|\p{L}\d\d(?!\d)|[[(]\d\d\s*[-–—]/u;

/**
 * The dates of each text of the document being read: the rules of the extractor ask about the
 * same lines again and again (a CV's lines ~3 times each), and the pattern is the costliest step
 * of reading one; the plain-text reader asks first, as it joins wrapped lines.
 */
const readings = memoByText((text: string): readonly DateMatch[] => readDates(text));

/** `text` with every date and range taken out, each replaced by `gap`: what the line says besides when. */
export function withoutDates(text: string, gap = ""): string {
  let rest = text;
  for (const d of findDates(text).reverse()) rest = rest.slice(0, d.index) + gap + rest.slice(d.index + d.length);
  return rest;
}

/** Every date or date range in `text`, left to right. */
export function findDates(text: string): DateMatch[] {
  // copies: callers may reorder or change what they get
  return readings(text).map((d) => ({ ...d }));
}

function readDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  const folded = fold(markRomanMonths(text));
  if (!ANY_YEAR.test(folded)) return presentKey(text);
  for (const m of allMatches(datePattern(), markMonths(folded))) {
    const reading = read(m.groups ?? {});
    if (!reading) continue;
    const [first, last, present, open] = academicYear(m[0]) ?? reading;
    // "2022 - 2019": a range written from its end, as a timeline that runs down from now prints it
    const [start, end] = first && last && last.slice(0, first.length) < first.slice(0, last.length) ? [last, first] : [first, last];
    out.push({ start, end, present, period: text.slice(m.index, m.index + m[0].length).trim(), index: m.index, length: m[0].length, range: present || open || end !== undefined });
  }
  return out;
}

/**
 * `text` in the form the pattern reads, with every character at its index: full-width digits and
 * signs ("２０１９／０４", common in Japanese CVs) and hyphens as ASCII, a year's full stop before a dash
 * as a space, and lower case, because matching without the i flag makes the pattern compile several
 * times faster.
 */
function fold(text: string): string {
  const ascii = text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // the hyphen and the non-breaking hyphen (U+2010, U+2011) as a hyphen-minus: pdftotext writes every hyphen of a
    // XeLaTeX CV set in Source Sans Pro (Awesome-CV's) as U+2011, its ranges too ("March‑October 2020")
    .replace(/[\u2010\u2011]/g, "-")
    // "2016. – 2019.", "Sep 2016. – Jun 2019.": Hungarian, Croatian, Serbian and Latvian CVs close a year with a full
    // stop, before a range's dash too, which the pattern reads as a space
    .replace(/(?<=(?:19|20)\d\d)\.(?=\s*[-–—−‒―])/g, " ");
  const lower = unglueWords(ascii).toLowerCase();
  // a letter whose lower case is longer ("İ") would shift every index: such rare lines keep their case
  return lower.length === ascii.length ? lower : ascii;
}

/**
 * "May 2019 - August 2019Assistant Operator", "April 2023 - CurrentParking Lot Supervisor": a converter that drops the
 * gap between a heading's dates and the title after them glues a capitalised word onto the year or the word for now.
 * The word's capital, set right after a year or a word for now, becomes a space (every index kept), so the date ends
 * where the word begins; a lower-case letter there ("2019abc", "v2019b") still glues, as before.
 */
function unglueWords(text: string): string {
  return text.replace(GLUED_WORD, " ");
}

/** The words for now a heading could glue a title onto, as written in lower case, capitalised or in capitals. */
function presentForms(): string[] {
  const long = LONG_PRESENT_WORDS.filter((w) => !/\s/.test(w));
  return long.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
}

/**
 * The dates of one line of an entry's header: those it begins with ("Mar 15, 2025  Paper accepted to
 * ICML 2025"), else its range, else its last date.
 */
export function headerLineDates(text: string): DateMatch | undefined {
  const all = findDates(text);
  return all[0]?.index === 0 ? all[0] : rangeOrLast(all);
}

const PRESENT_WORDS = new Set(Object.values(dateWords.present).flat().map((w) => w.toLowerCase()));
/** The words for now that say so alone: those of three letters or fewer ("now", "nu") and "date" say it too often of other things. */
const LONG_PRESENT_WORDS = [...PRESENT_WORDS].filter((w) => w.length > 3 && w !== "date");

/**
 * "Aktuell: Hochschule Bremen", "Current: Northfield University": in a list keyed by dates ("2019: Gymnasium …"), the
 * row of what goes on now keyed by the word for now.
 */
/** A capital right after a year or a long word for now, opening a word: where a title was glued on. */
const GLUED_WORD = new RegExp(`(?<=(?<![\\p{L}\\d])(?:(?:19|20)\\d\\d|${trieSource(presentForms())}))\\p{Lu}(?=\\p{Ll})`, "gu");

const PRESENT_KEY = new RegExp(`^[\\s*_]*(${trieSource(LONG_PRESENT_WORDS)})[*_]*\\s*[:：]\\s*(?=\\S)`, "iu");

function presentKey(text: string): DateMatch[] {
  const key = PRESENT_KEY.exec(text);
  return key ? [{ present: true, period: key[1]!, index: key[0].indexOf(key[1]!), length: key[1]!.length, range: true }] : [];
}

/** "Current" alone on an entry's line: the dates of what goes on now, its start unsaid (the resume.md template). */
export function presentAlone(text: string): DateMatch | undefined {
  const period = text.replace(/^[\s`*_]+|[\s`*_:]+$/g, "");
  return PRESENT_WORDS.has(period.toLowerCase()) ? { present: true, period, index: text.indexOf(period), length: period.length, range: true } : undefined;
}

const rangeOrLast = (all: DateMatch[]) => all.find((d) => d.range) ?? all[all.length - 1];

/** The month number a month name stands for, in any language ("Feb.", "février", "февраля", "Ağustos"). */
export function monthNumber(name: string): number | undefined {
  return monthOf(name);
}

/** start, end, present, open: the reading of one match, or undefined when its numbers are no date. */
function read(g: Groups): [string | undefined, string | undefined, boolean, boolean] | undefined {
  if (g.ny) return yearlessStart(g.ny, [g.na!, g.nb!], [g.nc!, g.nd!]);
  if (g.dy) return days(g.dy, g.dm!, g.dd!, g.dn ?? g.dm!, g.de!);
  if (g.ey) return days(g.ey, g.em!, g.ed!, g.em!, g.ee!);
  if (g.py || g.pq) return pair(g.py ?? twoDigitYear(g.pq)!, g.pm!, g.pn!);
  if (g.gy) return pair(g.gy, g.gm!, g.gn!);
  if (g.ly) return [g.ly, g.lz, false, false];
  if (g.qy) return [g.qm ? `${g.qy}-${pad(markedMonth(g.qm))}` : g.qy, undefined, false, false];
  if (g.sy) return shortRange(g);
  if (g.by) return bracketedYears(g);
  if (g.nowfirst) {
    const since = toIso(g, "r_");
    return since ? [since, undefined, true, false] : undefined;
  }
  const start = toIso(g, "");
  if (!start) return undefined;
  // "2012-17", "2006–8": the later year in two digits or one; "2019 - 15" names no later year, so the start stands alone
  // "2014/08 – 10": after a start written year then month, two digits that can only be a later month of that year
  // are that month, as German CVs write a short stay ("2012-11" alone is a month, not two years)
  const laterMonth = g.yy ?? g.md;
  const sameYearMonth = laterMonth && g.y2 && !g.d3 && Number(laterMonth) > Number(g.m2) && Number(laterMonth) <= 12;
  if (sameYearMonth) return [start, `${g.y2}-${pad(Number(laterMonth))}`, false, false];
  const short = g.yy ? `${start.slice(0, 2)}${g.yy}` : g.yd && `${start.slice(0, 3)}${g.yd}`;
  // "2013/14 – 2015/16" ends with the academic year it names last, "2016/17" alone spans its own
  const open = g.open !== undefined || g.unknown !== undefined;
  const end = short ? (short > start.slice(0, 4) ? short : undefined) : (yearAfter(g.t_y6, g.t_a6) ?? toIso(g, "t_") ?? g.z4 ?? (g.present || open ? undefined : yearAfter(g.y6, g.a6)));
  // "since 2019" runs to the present; "from 2019 to 2021" does not
  const present = g.present !== undefined || g.onwards !== undefined || (g.since !== undefined && end === undefined);
  return [start, end, present, open];
}

/**
 * "2008-09", "2010-11" alone: the academic year from one year into the next, as CVs in academia write it,
 * though the form is also ISO's month; read as a month only where the digits cannot be the next year.
 */
function academicYear(written: string): [string, string, boolean, boolean] | undefined {
  const m = /^\s*((?:19|20)\d\d)-(\d\d)\s*$/.exec(written);
  if (!m || Number(m[2]) !== (Number(m[1]) + 1) % 100) return undefined;
  return [m[1]!, String(Number(m[1]) + 1), false, false];
}

/**
 * "2016" and "17" of "2016/17": the year an academic year ends in, when the digits are the next year's; a later
 * year written whole ("2015/2018") ends the span so written.
 */
function yearAfter(year: string | undefined, next: string | undefined): string | undefined {
  if (!year || !next) return undefined;
  if (next.length === 4) return next > year ? next : undefined;
  const after = String(Number(year) + 1);
  return after.endsWith(next) ? after : undefined;
}

function days(year: string, fromMonth: string, fromDay: string, toMonth: string, toDay: string): [string, string, boolean, boolean] | undefined {
  const start = ymd(year, markedMonth(fromMonth), fromDay);
  const end = ymd(year, markedMonth(toMonth), toDay);
  return start && end ? [start, end, false, false] : undefined;
}

/**
 * "15.03. – 30.06.2020": day and month at both ends, the year only at the last; day first unless a number over 12
 * says month first ("06/15 – 08/30/2016"), on either side. A stay that crosses a new year ("01.11. – 31.01.2020") began in the year before.
 */
function yearlessStart(year: string, from: [string, string], to: [string, string]): [string, string | undefined, boolean, boolean] | undefined {
  // each side by its own numbers where they tell, else by the other side's
  const writtenMonthFirst = ([first, second]: [string, string]) => (Number(second) > 12 ? true : Number(first) > 12 ? false : undefined);
  const [fromMonthFirst, toMonthFirst] = [writtenMonthFirst(from) ?? writtenMonthFirst(to) ?? false, writtenMonthFirst(to) ?? writtenMonthFirst(from) ?? false];
  const [fromDay, fromMonth] = (fromMonthFirst ? [from[1], from[0]] : from).map(Number) as [number, number];
  const [toDay, toMonth] = (toMonthFirst ? [to[1], to[0]] : to).map(Number) as [number, number];
  const isDay = (day: number) => day >= 1 && day <= 31;
  const end = isDay(toDay) ? ymd(year, toMonth, String(toDay)) : undefined;
  const startYear = fromMonth > toMonth || (fromMonth === toMonth && fromDay > toDay) ? String(Number(year) - 1) : year;
  const start = isDay(fromDay) ? ymd(startYear, fromMonth, String(fromDay)) : undefined;
  // a start that is no day of a month leaves the end, a date as written, alone
  if (!start) return end ? [end, undefined, false, false] : undefined;
  return end ? [start, end, false, false] : undefined;
}

/** "10/15 - 5/16" → 2015-10 to 2016-05; no range where the end would come before the start. */
function shortRange(g: Groups): [string, string | undefined, boolean, boolean] | undefined {
  const start = `${twoDigitYear(g.sy)}-${pad(Number(g.sm))}`;
  const end = g.t_sy ? `${twoDigitYear(g.t_sy)}-${pad(Number(g.t_sm))}` : undefined;
  return end && end < start ? undefined : [start, end, g.spresent !== undefined, false];
}

function pair(year: string, from: string, to: string): [string, string, boolean, boolean] {
  return [`${year}-${pad(markedMonth(from))}`, `${year}-${pad(markedMonth(to))}`, false, false];
}

const pad = (n: number) => String(n).padStart(2, "0");

function ymd(y: string, m: number, d?: string): string | undefined {
  if (m < 1 || m > 12) return undefined;
  const dn = Number(d ?? 0);
  return dn >= 1 && dn <= 31 ? `${y}-${pad(m)}-${pad(dn)}` : `${y}-${pad(m)}`;
}

function toIso(g: Groups, p: string): string | undefined {
  const at = (k: string) => g[`${p}${k}`];
  if (at("m1")) {
    const y = at("y1") ?? twoDigitYear(at("q1"))!;
    return ymd(y, markedMonth(at("m1")!), at("d1") ?? at("d2"));
  }
  if (at("y2")) return ymd(at("y2")!, Number(at("m2")), at("d3"));
  if (at("y3")) {
    let [d, m] = [at("d4"), Number(at("m3"))];
    // "06/15/2016" is American, month first
    if (m > 12 && d && Number(d) <= 12) [d, m] = [String(m), Number(d)];
    return ymd(at("y3")!, m, d);
  }
  if (at("y4")) return at("y4");
  if (at("q4")) return twoDigitYear(at("q4"));
  if (at("y8")) return ymd(at("y8")!, markedMonth(at("m8")!), at("d8"));
  if (at("y5")) return at("m5") ? ymd(at("y5")!, Number(at("m5")), at("d5")) : at("y5");
  return at("y6");
}

/** "[16-17]", "(98-01)", "(19-present)": two-digit years, the later one no earlier than the first, else no date. */
function bracketedYears(g: Groups): [string | undefined, string | undefined, boolean, boolean] | undefined {
  const [start, end] = [twoDigitYear(g.by)!, twoDigitYear(g.t_by)];
  return end && end < start ? undefined : [start, end, g.bpresent !== undefined, false];
}

/** "’17" → 2017, "’98" → 1998: a CV's years lie between 1950 and 2049. */
const twoDigitYear = (yy: string | undefined) => (yy === undefined ? undefined : `${Number(yy) < 50 ? "20" : "19"}${yy}`);

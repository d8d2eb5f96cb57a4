import words from "./vocabulary/dates.json" with { type: "json" };
import { MONTH_MARK } from "./month-names.js";
import { trieSource } from "./word-trie.js";

/**
 * The one regex that finds dates and ranges, built from the vocabularies on
 * first use. It reads text whose month names markMonths has replaced by marks,
 * which keeps it small (a regex holding every name took ~90 ms to compile).
 * Word lists are tries, and no two runs of whitespace meet with only optional
 * text between them ("\s*,?\s*"), which on a long run of spaces would
 * backtrack quadratically: a line costs one pass.
 *
 * Group names: a prefix ("" for the range's start, "t_" for its end) then the
 * form's letters: d day, m month, y year, q two-digit year after an apostrophe;
 * s is a range of months with two-digit years ("10/15 - 5/16"); "r_" prefixes the start of a range written from
 * its end ("Present - 2022").
 */
let built: RegExp | undefined;

/** The date-range regex (global), for lower-case text whose month names are marked. */
export function datePattern(): RegExp {
  built ??= build();
  return built;
}

const YEAR = "(?:19\\d\\d|20\\d\\d)";
/** The apostrophe, or the quote or accent written for it, before a year's last two digits ("Dec ‘17", "Summer’19"). */
const APOSTROPHE = "['‘’´`]";
/**
 * Letters of the alphabets that glue onto a date ("v2019", "2019abc"): Latin, Greek and Cyrillic.
 * CJK text runs into dates without a space, so its letters do not count. Ranges rather than
 * \p{Script=…} classes, which made the pattern several times slower to compile.
 */
const LETTER = "A-Za-z\\u00C0-\\u024F\\u0370-\\u052F\\u1E00-\\u1EFF";
const GLUED = `[${LETTER}\\d]`;
const NOT_WORD = `(?![${LETTER}])`;
/** "2000万", "3000名", "1500원": a number CJK text counts with the unit after it is no year. */
const COUNTED = "[万萬亿億만억元円원명개件个個名人]";

/** Every word of a vocabulary, all its languages together, lower case. */
const allWords = (lists: Record<string, string[]>) => Object.values(lists).flat().map((w) => w.toLowerCase());
/** A regex source for whole words of a list. */
const wordSource = (list: string[]) => `(?:${trieSource(list)})${NOT_WORD}`;
/** "tháng 3/2019": the Vietnamese word for month (or day) before the numbers. */
const BEFORE_NUMBERS = wordSource(allWords(words.beforeNumbers));
const AFTER_YEAR = `(?:${trieSource(allWords(words.afterYear))})${NOT_WORD}`;

function single(p: string, MON: string, SEASON: string): string {
  const forms = [
    // "2 de Abril de 2012", "Mar 15, 2025", "Setembro de 2008", "Dec ‘17", "Nov18" (two digits set against the month
    // are its year; apart, "Nov 18" is a day)
    `(?:(?<${p}d1>\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?)?(?<${p}m1>${MON})\\.?` +
      `(?:(?:\\s+(?<${p}d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+|\\s+(?:de|del|of)\\s+|\\s*(?:,\\s*)?|\\/)(?<${p}y1>${YEAR})|(?:\\s*${APOSTROPHE}|(?=\\d))(?<${p}q1>\\d\\d)(?!\\d))`,
    // "2016.06", "2021. 06", "2022.05.02", "2012-11" (a month: a year range "2012–11" takes a dash or spaces; "2023.
    // 10.1016/j.x" is a citation's year, then its DOI)
    `(?<${p}y2>${YEAR})(?:[-/]|\\.\\s?)(?<${p}m2>0?[1-9]|1[0-2])(?!\\d)(?!\\.\\d{4,}\\/)(?:(?:[-/]|\\.\\s?)(?<${p}d3>0?[1-9]|[12]\\d|3[01])(?!\\d))?(?:\\.(?!\\d))?`,
    // "06/2016", "6.2016", "15.06.2016", "06/15/2016"
    `(?:${BEFORE_NUMBERS}\\s*)?(?:(?<${p}d4>\\d{1,2})[-./]\\s?)?(?<${p}m3>\\d{1,2})(?:[-/]|\\.\\s?)(?<${p}y3>${YEAR})`,
    // "Summer 2005": the season is dropped; "Summer 2005, 2006" or "Fall 2021, 2022, 2023", a list of years after it,
    // spans them (a repeated group keeps its last); "WS 2021/22", a winter term, is dated by the year it begins in;
    // "Summer’19", "Fall '18": two digits after an apostrophe are its year, as after a month
    `(?<${p}s>${SEASON})(?:\\s+(?<${p}y4>${YEAR})(?:\\/\\d\\d(?!\\d))?(?:,\\s*(?<${p}z4>${YEAR})(?!\\d))*|\\s*${APOSTROPHE}(?<${p}q4>\\d\\d)(?!\\d))`,
    // "2015 Jan 27" (PubMed), "2019. március" (Hungarian writes the year first); not across a column's gap
    // ("2015   AGU Outstanding Student Paper Award": a year, then an item that opens with an acronym)
    `(?<${p}y8>${YEAR})\\.?[ \\u00a0](?<${p}m8>${MON})\\.?(?:\\s+(?<${p}d8>\\d{1,2})(?!\\d))?`,
    // "2019年4月", "2021년 3월", "2021年10月1日"
    `(?<${p}y5>${YEAR})\\s*[年년]\\s*(?:(?<${p}m5>\\d{1,2})\\s*[月월](?:\\s*(?<${p}d5>\\d{1,2})\\s*[日일])?)?`,
    // "2016/17", "2016/2017": an academic year, the year it ends in after a slash
    `(?<${p}y6>${YEAR})(?:\\/(?<${p}a6>(?:19|20)?\\d\\d)(?!\\d))?`,
  ];
  // "2019 г.", "2015–2019 рр.": the word for "year" written after it
  return `(?:${forms.join("|")})(?:\\s?${AFTER_YEAR})?`;
}

/** "interrompida", "Concluído", "abgebrochen": how a study or a job ended, said after its dates ("2013 - 2014 - interrompida"). */
export const OUTCOME_WORDS = new RegExp(`(?<![\\p{L}])(?:${trieSource(allWords(words.outcomes))})(?![\\p{L}])`, "giu");

/** "since 2015 building …", "seit 2019 …": text that opens with the word that leaves a range running to now. */
export const OPENS_WITH_SINCE = new RegExp(`^(?:${trieSource(allWords(words.since))})(?![\\p{L}])`, "iu");

let duration: RegExp | undefined;

/** "4 года 2 месяца", "3 yrs 2 mos", "7 Monate": a line that only says how long something lasted. */
export function isDurationLine(text: string): boolean {
  duration ??= buildDuration();
  return duration.test(text.toLowerCase());
}

function buildDuration(): RegExp {
  const UNIT = `(?:${trieSource(allWords(words.durationUnits))})\\.?${NOT_WORD}`;
  return new RegExp(`^\\s*\\d{1,2}\\s*${UNIT}(?:,?\\s*\\d{1,2}\\s*${UNIT})?\\s*$`);
}

function build(): RegExp {
  const MON = MONTH_MARK;
  // "Spring 2017", and the part of a year ("early 2019", "Ende 2020", "Awal 2022"): the year is kept, the part dropped
  const SEASON = wordSource([...allWords(words.seasons), ...allWords(words.yearParts)]);
  const PRESENT = wordSource(allWords(words.present));
  const SINCE = wordSource(allWords(words.since));
  // "2014 onwards", "2014 – onwards", "2019 en adelante": the word after the start that leaves the range running to now,
  // ending its phrase ("Jun 2021 – Onward Technologies" names a firm)
  const ONWARDS = `${wordSource(allWords(words.onwards))}(?=\\s*(?:$|[,.;:)\\]|]))`;
  const EXPECTED = wordSource(allWords(words.expected));
  // "Maj 2011 — ca 2016", "2015 – circa 2018": an end only about right keeps its year; read only after the range's
  // separator, where "CA" cannot be a state's code ("Sunnyvale, CA 2016")
  const APPROXIMATE = wordSource(allWords(words.approximate));
  const UNIT = `(?:${trieSource(allWords(words.durationUnits))})\\.?${NOT_WORD}`;
  const SYMBOL = trieSource(words.separators.symbols);
  // "2003/2007", "2017/atual": a slash between a year and a later one or the word for now, as Portuguese, Spanish and
  // Italian CVs write a span of years (between a month and a year it writes one date, "04/2017")
  // "Sept 2010 May 2014", "Oct 2014 Present": pdftotext joins a line ending in a hyphen to the next and drops the
  // hyphen, so a range stacked in a narrow column ("Oct 2014 -" over "Present") comes out as two dates one space
  // apart; read only from a month's year to a month or to the word for now closing the line or its phrase ("Mar 2020
  // Current Projects" is a date over a title), never between bare years ("2010 2014"), nor inside a run of three
  // month-years or more ("Dean's List Dec 2018 May 2019 Dec 2019" lists the terms of an honour)
  const MONTH_YEAR = `${MON}\\.?\\s?(?:19|20)\\d\\d`;
  const JOINED = `(?<=${MONTH_YEAR})(?<!${MONTH_YEAR} ${MONTH_YEAR}) (?!${MONTH_YEAR} ${MONTH_YEAR})(?=${MON}|${PRESENT}\\s*(?:$|[,;|)\\t]))`;
  // "2022-07 / 現在", "2019-04 / 2022-06": a slash set apart by spaces after a year and its month, as a table's one cell
  // writes a job's range, ends the start (a month's own slash, "04/2019", has no spaces)
  const SPACED_SLASH = `(?<=(?:19|20)\\d\\d[-./]\\d{1,2})\\s+\\/\\s+(?=(?:19|20)\\d\\d|${PRESENT})`;
  const SEP = `(?:\\s*(?:${SYMBOL})\\s*|\\s+(?:${trieSource(words.separators.words)})\\s+|(?<=(?<![\\d/.])(?:19|20)\\d\\d)\\/(?=(?:19|20)\\d\\d(?![\\d/.])|${PRESENT})|${SPACED_SLASH}|${JOINED})`;
  const DASH = "\\s*[-–—−‒―－~〜～]\\s*";
  // "Jul-Sep 2017", "Apr – May 2026", "Jan to March 2015", "May-Jun’19": one year for both months
  // ("март - июнь 2023 г.": the word for "year" after it)
  const PAIR = `(?<pm>${MON})\\.?${SEP}(?<pn>${MON})\\.?(?:,?\\s*(?<py>${YEAR})(?:\\s?${AFTER_YEAR})?|\\s*${APOSTROPHE}(?<pq>\\d\\d)(?!\\d))`;
  // "Jun 12-16, 2017", "May 30-Jun 2, 2017", "12–16 June 2017": a conference's days
  const DAYS =
    `(?<dm>${MON})\\.?\\s+(?<dd>\\d{1,2})${DASH}(?:(?<dn>${MON})\\.?\\s+)?(?<de>\\d{1,2}),?\\s+(?<dy>${YEAR})` +
    `|(?<ed>\\d{1,2})\\.?${DASH}(?<ee>\\d{1,2})\\.?\\s+(?<em>${MON})\\.?,?\\s+(?<ey>${YEAR})`;
  // "15.03. – 30.06.2020", "01/03 – 30/09/2023": a stay's days, the year written once at its end, as European CVs date an
  // internship; the order of day and month is decided when read ("06/15 – 08/30/2016" is American)
  // (the start's stop after its month, "15.03.", or its slash, tells it from a version or a grade: "2.1 – 15.06.2020")
  const YEARLESS_START = `(?<![\\d/.])(?<na>\\d{1,2})(?<ns>[./])(?<nb>\\d{1,2})(?:\\.(?<=\\.\\d{1,2}\\.)|(?<=\\/\\d{1,2}))${DASH}(?<nc>\\d{1,2})\\k<ns>(?<nd>\\d{1,2})\\k<ns>\\s?(?<ny>${YEAR})(?![\\d/.]\\d)`;
  // "10/15 - 5/16", "03/19 – Present": month and two-digit year, as US résumés write a range; alone, "10/15" is as
  // likely a day or a ratio, so only a range of two such dates, or one to the word for now, is read
  const SHORT_RANGE = `(?<![\\d/.])(?<sm>0?[1-9]|1[0-2])\\/(?<sy>\\d\\d)${DASH}(?:(?<t_sm>0?[1-9]|1[0-2])\\/(?<t_sy>\\d\\d)|(?<spresent>${PRESENT}))(?![\\d/.%])`;
  // "[16-17] Consultant, Acme", "Developer, Acme (98-01)": a range of two-digit years filling its brackets, as a terse
  // plain-text CV margins its entries, so only where it opens or closes its line and no four-digit year is on it;
  // elsewhere such brackets hold issues ("45 (11-12), 2019", "no. (03-04)"), pages glued to a volume ("3(12-19)"),
  // counts ("teams (15-20)") or, closing a line in square brackets, references ("toolkit [03-05]")
  const NO_FULL_YEAR = "(?:(?!(?:19|20)\\d\\d)[^\\n])*";
  const OPENS_LINE = `(?<=(?:^|\\n)[ \\t]*[[(])(?=[^\\])\\n]*[\\])]${NO_FULL_YEAR}(?:\\n|$))`;
  const CLOSES_LINE = `(?<=(?:^|\\n)${NO_FULL_YEAR}(?<!\\d[ \\t]*|[A-Za-z]|\\b(?:[Vv]ol|[Nn]o|[Nn]r|[Ii]ss|[Ii]ssue)\\.?[ \\t]*)\\()(?=[^)\\n]*\\)[ \\t]*[.,;]?[ \\t]*(?:\\n|$))`;
  const BRACKETED_YEARS = `(?:${OPENS_LINE}|${CLOSES_LINE})(?<by>\\d\\d)${DASH}(?:(?<t_by>\\d\\d)|(?<bpresent>${PRESENT}))(?=\\s*[\\])])`;
  // "2012 (Mar-Apr)"
  const YEAR_PAIR = `(?<gy>${YEAR})\\s*\\(\\s*(?<gm>${MON})\\.?${DASH}(?<gn>${MON})\\.?\\s*\\)`;
  // "2013 (Jan)", "2017 (Fall)": one month or season in brackets after the year
  const YEAR_QUALIFIED = `(?<qy>${YEAR})\\s*\\(\\s*(?:(?<qm>${MON})\\.?|${SEASON})\\s*\\)`;
  // "(2019, 2020, 2021)": the years something was done, listed in brackets of their own, span them
  const YEAR_LIST = `(?<=\\()(?<ly>${YEAR})(?:,\\s*(?<lz>${YEAR}))+(?=\\))`;
  // "2020.08 - 20??.??", "2021 – 20XX", "2025.08 - 20−−.−−": an end whose year is not known yet leaves the range open
  const UNKNOWN_END = `(?<unknown>(?:19|20)(?:[?x×_]{2}|[-−–]{2})(?:[./](?:[?x×_]{2}|[-−–]{2}))?)(?![\\d${LETTER}])`;
  const END =
    `(?<present>${PRESENT})` +
    `|${UNKNOWN_END}` +
    `|(?:${APPROXIMATE}\\s*)?(?:${single("t_", MON, SEASON)})(?:\\s*まで)?` +
    // "2012-17", "2010–11": a later year in two digits; a word may follow it when the dash is set against both years
    // ("2021–24 Expert member", as a list of posts writes its margin), not after a spaced one ("2019 - 15 people")
    // ("2015–16." ends a sentence-style item: a full stop after it, not a decimal point)
    `|(?<yy>\\d\\d)(?![\\d,%+]|\\.\\d|[${LETTER}]|(?<![-–—]\\d\\d)\\s[${LETTER}])` +
    // "2006–8": a later year in one digit after an en or em dash set against the year, which no month form uses, a
    // word after it as after two
    `|(?<=(?:19|20)\\d\\d[–—])(?<yd>\\d)(?![\\d,%+/]|\\.\\d|[${LETTER}])` +
    // "2024/2 ~ 5": a later month in one digit after a start written year then month, as a short stay is written in
    // Japan and Germany (two digits, "2024/9 ~ 11", are read as "yy" above)
    // (the spaces around the dash bounded: the look behind is tried after each space of a long run)
    `|(?<=(?:19|20)\\d\\d[-/.]\\d{1,2} {0,2}[-–—~〜～] {0,2})(?<md>[1-9])(?![\\d,%+/]|\\.\\d|[${LETTER}]|\\s[${LETTER}])`;
  // "2018-", "2019年11月-", "2024/03 -- ": the range is open; so is "2018-" before a column gap ("2018-     Acme Corp"),
  // and "2014- Associate Professor", its dash set against the year and a word after it that is no date (the text is
  // matched in lower case); "February 2019--: **Systems Administrator**", the colon that opens the entry after it;
  // and "2016–." at the end of a sentence-style item ("Postdoctoral Fellow, State University, 2016–.")
  const OPEN = `(?<open>\\s*(?:-{2,3}|[-–—−‒―－~〜～]|から)\\s*(?=$|[,;:|)\\]\\t]|\\.(?!\\d))|[-–—](?=\\s+[${LETTER}]))`;
  // "(3 yrs 2 mos)", "· 7 месяцев", "(less than a year)": how long the range lasted, part of how it is written
  const DURATION =
    `(?:(?:\\s*[(·•|,])?\\s*\\d{1,2}\\s*${UNIT}(?:,?\\s*\\d{1,2}\\s*${UNIT})?\\s*\\)?` +
    `|\\s*\\((?:${trieSource(words.lessThanAYear)})\\))?`;
  // "(expected)" after the range, or the word alone closing its phrase ("2027 expected", "May 2026, expected"), "Expected"
  // before it or before its end ("2023 - Exp 2024"): the dates hold it, so the period keeps what the CV said of them
  const EXPECTED_AFTER = `(?:\\s*\\(\\s*${EXPECTED}\\s*\\)|,?\\s+${EXPECTED}(?=\\s*(?:$|[,.;:)\\]|]))|\\s*\\*)?`;
  // "Present - 2022": the range written from its end, as a timeline that runs down from now prints it
  const NOW_FIRST = `(?<nowfirst>${PRESENT})${DASH}(?:${single("r_", MON, SEASON)})`;
  const source =
    `(?<!${GLUED})(?:(?<since>${SINCE})\\s+|${EXPECTED}\\s*(?:[:,]\\s*)?)?` +
    `(?:${YEARLESS_START}|${SHORT_RANGE}|${BRACKETED_YEARS}|${NOW_FIRST}|${DAYS}|${PAIR}|${YEAR_PAIR}|${YEAR_QUALIFIED}|${YEAR_LIST}|(?:${single("", MON, SEASON)})(?:${SEP}(?:${EXPECTED}\\s*)?(?:${END})|${OPEN}|(?:${DASH}|\\s+)(?<onwards>${ONWARDS}))?)` +
    `${DURATION}${EXPECTED_AFTER}(?!${GLUED}|${COUNTED})`;
  return new RegExp(source, "g");
}

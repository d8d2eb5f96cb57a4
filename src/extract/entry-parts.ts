import { withoutDecoration } from "../parse/normalize.js";
import type { Link, SourceLine } from "../parse/source-line.js";
import { countryCode } from "./contacts.js";
import { findDates, headerLineDates, presentAlone, type DateMatch } from "./dates.js";
import { isDurationLine } from "./date-pattern.js";
import { isKnownTown, isWholePlace } from "./evidence/places.js";
import { splitGluedPlace } from "./evidence/glued-places.js";
import { hasDate, isDateOnly, type Entry } from "./layout/lines.js";
import { entryLabelsOf, isLegalFormAlone, labelsDates, labelsValue, ORG_WORDS, ROLE_WORDS, SCHOOL_WORDS } from "./vocabulary.js";
import dateWords from "./vocabulary/dates.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/** An entry's header read into pieces: the bold lead, the other phrases, the dates, a place, aliases. */
export interface EntryHead {
  lead?: string;
  parts: string[];
  dates?: DateMatch;
  location?: string;
  aliases: string[];
  links: Link[];
}

/** What describes an entry: prose before its bullets, and the bullets (with any labels between them). */
export interface EntryBody {
  summary?: string;
  highlights: string[];
}

/** A country vitae knows, or "Remote", which stands where a place would. */
const isCountry = (text: string) => countryCode(text) !== undefined || /^remote$/i.test(text.trim());

/** Spelled-out regions a place line names after its city, as LinkedIn writes them ("Austin, Texas"). */
const REGION = /^(alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia|ontario|quebec|british columbia|alberta|manitoba|nova scotia|england|scotland|wales|bavaria|bayern)$/i;

/** "Beijing, BJ", "San Diego, CA / Beijing, BJ", "Paris, France", "Austin, Texas, United States · Remote", "Remote". */
export function isLocation(text: string): boolean {
  const places = text.split(/\s+\/\s+|\s*;\s*|\s+·\s+/);
  return places.every((p) => {
    if (isCountry(p)) return true;
    // "Toledo (Spain)": Europass sets the country in brackets after the town
    const bracketed = /^([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3})\s*\(([^()]+)\)$/u.exec(p.trim());
    if (bracketed) return isCountry(bracketed[2]!.trim()) && !SCHOOL_WORDS.test(bracketed[1]!) && !ORG_WORDS.test(bracketed[1]!) && !ROLE_WORDS.test(bracketed[1]!);
    // (a region's name may be joined by hyphens, as LinkedIn writes it: "Bonn, Nordrhein-Westfalen, Deutschland",
    // "Paris, Île-de-France, France")
    const m = /^([\p{Lu}][\p{L}.'’-]*(?:\s(?:[\p{Lu}][\p{L}.'’-]*|de|del|da|do|dos|das|am|an|la|sur)){0,3}),\s*([\p{Lu}]{2,3}|[\p{Lu}][\p{L}]+(?:(?:\s|-(?:(?:de|du|la|sur|et)-)?)[\p{Lu}][\p{L}]+){0,2})(?:,\s*([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?))?$/u.exec(p.trim());
    // "Co-Founder, CTO" has the shape of "Austin, TX", but a job title's words; "EdYoda Digital University, India" a
    // school's, where a town named so has its state after it ("University Park, PA")
    if (!m || (m[3] !== undefined && !isCountry(m[3])) || ROLE_WORDS.test(p)) return false;
    // "Rio de Janeiro, Brasil", "Ciudad de México, México", "Frankfurt am Main, Germany": a town whose name holds a
    // word in lower case is one the gazetteer knows, where "Institut de Physique, France" is a name of another kind
    if (/\s\p{Ll}/u.test(m[1]!) && !isKnownTown(m[1]!)) return false;
    if ((SCHOOL_WORDS.test(m[1]!) || ORG_WORDS.test(m[1]!)) && (isCountry(m[2]!) || m[3] !== undefined)) return false;
    // "Dublin, County Dublin, Ireland": a town, a region the gazetteer knows and a country, as LinkedIn writes places
    if (m[3] !== undefined && isKnownTown(m[1]!) && !SCHOOL_WORDS.test(m[2]!) && !ORG_WORDS.test(m[2]!)) return true;
    // "Packlane, Remote": a name before "Remote" is the employer's, unless it is a town's ("Austin, Remote")
    if (/^remote$/i.test(m[2]!)) return isKnownTown(m[1]!);
    return /^[\p{Lu}]{2,3}$/u.test(m[2]!) || isCountry(m[2]!) || REGION.test(m[2]!);
  });
}

/**
 * A line that only names a place: "Seattle", "New York", "Ann Arbor, MI",
 * "Zürich, Switzerland". Capitalised words without digits, roles or
 * organisations; used for the line right under an entry's header.
 */
export function isPlaceLine(text: string): boolean {
  if (isLocation(text)) return true;
  // "Zweipunkt-": a word a PDF's text broke at its hyphen is the start of a sentence, no town
  return !/-$/.test(text) && /^[\p{Lu}][\p{L}'’.-]*(?:\s(?:[\p{Lu}][\p{L}'’.-]*|am|an|de|del|la|le|upon|on)){0,3}$/u.test(text) && !ROLE_WORDS.test(text) && !ORG_WORDS.test(text);
}

/** Kana, Han and Hangul: scripts written without spaces, whose writers often set a bar between phrases without them too. */
const CJK_CHAR = String.raw`[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]`;
/**
 * A bar between a header's phrases: spaced ("Acme | Engineer"), full-width ("アクメ｜エンジニア"), or unspaced beside a
 * CJK character or its bracket ("阿里巴巴（杭州）|高级开发工程师"), where "C|C++" or a URL's bar stays. (Escaped: the
 * bundle keeps no raw text that is not ASCII.)
 */
export const PHRASE_BAR = String.raw`\s+[|\uFF5C]\s+|\s*\uFF5C\s*|(?<=${CJK_CHAR}|[)\uFF09])\s*\|\s*|\s*\|\s*(?=${CJK_CHAR}|[(\uFF08])`;
const TAB_OR_BAR = new RegExp(String.raw`\t+|${PHRASE_BAR}`, "u");

/**
 * A pattern for the separators at a phrase's start (`start`, a character class's characters) and end (`end`), and
 * a slash between spaces at either: "Research Assistant / July 2018 - …" parts phrases as a bar does ("CI/CD" keeps its own).
 * At the start, a full stop before a space too: "2011–Present. Lecturer.", as an academic's vita sets a row's years
 * off from what it says, leaves it once the years are taken (".NET Developer" keeps its own).
 */
export function edgeSeparators(start: string, end: string): RegExp {
  return new RegExp(String.raw`^(?:[${start}]|[/.](?=\s))+|(?:[${end}]|(?<=\s)\/)+$`, "gu");
}

const HEADER_EDGES = edgeSeparators("\\s,;|·•:–—、，；\\-", "\\s,;|·•–—、，；\\-");

/**
 * "Senior researcher, Population Research Institute, Väestöliitto.", "…, FH OÖ, Wels.": the full stop that ends a
 * header written as a sentence, as an academic's list of posts or degrees does, is no part of its last phrase. It ends
 * a word that closes in three small letters or one in capitals ("Montpellier II."); an abbreviation keeps its own
 * ("Acme Inc.", "Acme Co.", "Ph.D.").
 */
export function withoutClosingStop(text: string): string {
  const last = /(?:^|[\s,(/–-])(\p{L}+)\.$/u.exec(text)?.[1];
  // a phrase that goes on in lower case after a comma ("Pizza baker, seasonal packer and waiter.") is a clause, no name:
  // its stop stays, the sign that it may be what the job was rather than who it was for
  if (!last || isLegalFormAlone(last) || /,\s+\p{Ll}/u.test(text)) return text;
  return /\p{Ll}{3}$/u.test(last) || /^\p{Lu}{2,}$/u.test(last) ? text.slice(0, -1) : text;
}

/** Trims the separators a header puts between its pieces. */
export function trimSeparators(text: string): string {
  // "🏫 Technical University of Munich": an emoji set before a phrase as its icon is no part of it; "**BSc** @ Leeds
  // University": the at-sign before a school's phrase sets it at the school, as "at" would
  // "上海某某有限公司（2017.9-2018.11 研发部门）", "컴퓨터공학 전공 (2025.04 ~ , …)": a bracket the dates were cut out of
  // leaves its opening half at the end of the phrase before them
  return withoutDecoration(text).replace(HEADER_EDGES, "").replace(/^@\s+/u, "").replace(/\(\s*\)/g, "").replace(/\s*[(（]$/u, "").trim();
}

/** Reads an entry's header lines. */
export function readHead(entry: Entry): EntryHead {
  const head: EntryHead = { parts: [], aliases: [], links: entry.head.flatMap((l) => l.links) };
  let datesLine = -1;
  entry.head.forEach((l, i) => {
    const text = namesByLead(l) || labelsByLead(l) ? withoutLead(l) : l.text;
    const d = leadRange(l) ?? headerLineDates(text) ?? presentAlone(text);
    if (d && (!head.dates || (d.range && !head.dates.range))) {
      head.dates = d;
      datesLine = i;
    }
  });
  // "**博士（2018）**、埼玉大学", "**MSc (2019)**, Leeds": with no date beside it, the year a bold lead holds in brackets dates the entry
  const bracketedYear = (lead: string) => /[(（]\s*(?:19|20)\d\d\s*[)）]/u.test(lead);
  const leadDated = head.dates ? -1 : entry.head.findIndex((l) => namesByLead(l) && bracketedYear(l.lead!) && headerLineDates(l.lead!));
  if (leadDated >= 0) head.dates = headerLineDates(entry.head[leadDated]!.lead!);
  entry.head.forEach((l, i) => {
    const naming = namesByLead(l);
    // "**University:** Belarusian State University (2016 – 2020)": the label says what the rest of the line names
    let text = naming ? withoutLead(l) : labelsByLead(l) ? withoutLead(l).replace(/^\s*[:：]\s*/u, "") : l.text;
    // "Northshore Community College: JUN ‘12": the colon that introduced the date goes with it
    if (i === datesLine && head.dates) text = cutDates(text, head.dates).replace(/\s*[:：]\s*(?=\t)/u, "");
    // "1999" over ": **Bachelor of Science**; University of Melbourne, 1999": the entry's dates said again on another
    // line of its header are no part of what that line names
    else if (head.dates) {
      const again = headerLineDates(text);
      if (again && again.start === head.dates.start && again.end === head.dates.end) text = cutDates(text, again);
    }
    const lead = i === leadDated ? cutDates(l.lead!, head.dates!).replace(/\t/g, " ") : l.lead;
    if (naming && head.lead === undefined) head.lead = trimSeparators(lead!);
    else if (naming) head.parts.push(trimSeparators(lead!));
    for (const piece of text.split(TAB_OR_BAR)) {
      const part = trimSeparators(splitDuration(piece)[0].replace(/\(\s*\)|\[\s*\]/g, ""));
      // "Rice University, January 2008.": the stop left where the date was cut ends the line, it is no phrase
      if (!part || /^[.,;:]+$/.test(part)) continue;
      // "기간: 2019.03 - 2023.02", "Period: 2015 – 2019" under a school: the label of the dates names nothing of the entry
      // (with its colon: "Data | 2015 – 2019" names a field of study)
      if (i === datesLine && labelsDates(part) && labelsValue(part, l.text)) continue;
      // "Meta — Menlo Park, CA", "University of Texas at Austin - Austin, TX", "Lund University • Lund, Sweden": an
      // organisation and its place in one phrase, set apart by a dash or a bullet
      const placed = head.location ? undefined : /^(.+?)\s+[—–•·-]\s+(.+)$/.exec(part);
      const bracketed = head.location ? undefined : (bracketedPlace(part) ?? splitGluedPlace(part));
      if (/^\((?:as|aka|a\.k\.a\.)\s[^)]+\)$/i.test(part)) head.aliases.push(part);
      else if (!head.location && isLocation(part) && !bracketed) head.location = part;
      // "**Tufts University** (Medford, MA)": a place in brackets of its own, whose state code no degree's initials are
      else if (!head.location && /^\(([^()]+)\)$/.test(part) && isLocation(part.slice(1, -1))) head.location = part.slice(1, -1);
      else if (placed && isLocation(placed[2]!)) {
        head.location = placed[2]!;
        head.parts.push(placed[1]!);
      } else if (bracketed) {
        head.location = bracketed[1];
        head.parts.push(bracketed[0]);
      } else head.parts.push(part);
    }
  });
  return head;
}

/**
 * "**Software Engineer** at *Deloitte* (2 years)", "Acme Corp (1 yr 3 mos)": how long a job lasted, in brackets after the
 * phrase where no range is written, says nothing of what the phrase names (and gives no date to read). Returns the
 * text without it, and the bracket.
 */
export function splitDuration(piece: string): [text: string, duration?: string] {
  const m = /\s*[(（]([^()（）]+)[)）]\s*$/u.exec(piece);
  return m && isDurationLine(m[1]!) ? [piece.slice(0, m.index), m[0].trim()] : [piece];
}

/** "Michigan State University, Eli Broad College of Business – East Lansing, MI": a name and the place after its last dash. */
export function placeAfterDash(text: string): [name: string, place: string] | undefined {
  const m = /^(.+?)\s[—–-]\s([^—–-]+)$/.exec(text.trim());
  return m && isLocation(m[2]!.trim()) ? [m[1]!, m[2]!.trim()] : undefined;
}

/** "Zalando SE (Berlin)", "Microsoft (Redmond, WA)": a name and the place in brackets after it. */
export function bracketedPlace(text: string): [name: string, place: string] | undefined {
  const trimmed = text.trim();
  // the pattern tries every split of a text that does not end in a bracket before it fails, and most do not
  if (!trimmed.endsWith(")") && !trimmed.endsWith("）")) return undefined;
  // "Aguas del Tajo S.A., Toledo (Spain)": the town goes with its bracketed country
  const townAfter = /^(.*\p{L}.*?),\s*([^,]+)$/u.exec(trimmed);
  if (townAfter && /\(/.test(townAfter[2]!) && isLocation(townAfter[2]!)) return [townAfter[1]!, townAfter[2]!];
  const m = /^(.*\p{L}.*?)\s*[(（]([^()（）]+)[)）]$/u.exec(trimmed);
  const place = m?.[2]!.trim();
  // "Acme (Lyon, France; Austin, TX)": the towns a job was done in, one after another
  return m && place && place.split(/\s*;\s*/).every(isWholePlace) && !isWholePlace(m[1]!) ? [m[1]!, place] : undefined;
}

/** "class of", "turma de", "Jahrgang" right before a year, with the separators before them. */
const CLASS_OF = new RegExp(`(?:^|[\\s,;(]+)(?:${trieSource(Object.values(dateWords.classOf).flat())})\\s+$`, "iu");

/** Replaces the dates in a header line by a tab, with the brackets around them ("(2019–2022)"). */
export function cutDates(text: string, d: DateMatch): string {
  // "…pela UFMG, turma de 2016", "Class of 2012": the words that say whose year it is go with it
  let start = d.index - (CLASS_OF.exec(text.slice(0, d.index))?.[0].length ?? 0);
  let end = d.index + d.length;
  const open = /[([]\s*$/.exec(text.slice(0, start));
  // "（2022 年 3 月卒業）": the word a CJK CV sets after the date says what happened then, inside the same brackets
  const close = /^\s*(?:卒業|修了|入学|入學|中退|退学|取得|合格|予定|見込み?|毕业|畢業|入职|离职|졸업|입학|수료|취득|예정)?\s*[)\]]/u.exec(text.slice(end));
  if (open && close) {
    start -= open[0].length;
    end += close[0].length;
  } else if (open && closesBracket(text.slice(start, end))) start -= open[0].length;
  // "Geophysics II (lecturer, 2016–present)": the bracket keeps what it says besides the dates
  const listed = !open && close ? /\([^()]*[^\s(,],\s*$/.exec(text.slice(0, start)) : null;
  if (listed) return `${text.slice(0, start).replace(/,\s*$/, "")})\t${text.slice(end + close![0].length)}`;
  // "Nexus — App Android (2026, en desarrollo)": so does a bracket that says in lower case how things stand after its dates,
  // set apart from the name ("(2023-2024, Canada)" names a place, which the header's reading finds where it is)
  const saysAfter = open && !close ? /^,\s*(\p{Ll}[^()[\]]*)[)\]]/u.exec(text.slice(end)) : null;
  if (saysAfter) return `${text.slice(0, start - open![0].length).trimEnd()}\t(${saysAfter[1]!.trim()})${text.slice(end + saysAfter[0].length)}`;
  return `${text.slice(0, start)}\t${text.slice(end)}`;
}

/**
 * "(2013年7月至今，5年5个月)", "(Jan 2010 – Jun 2012, 2 yrs 5 mos)": dates whose reading took in the time they lasted end
 * at the bracket that the text before them opened.
 */
const closesBracket = (dates: string) => /[)\]]\s*$/.test(dates) && (dates.match(/[)\]]/g)?.length ?? 0) > (dates.match(/[([]/g)?.length ?? 0);

/** "**2017** — Diplôme d'ingénieur, INSA Lyon": a bold lead of dates alone dates the entry, it names nothing; nor does a label. */
// "**Full Stack Development, Tel-Ran Center — 2025 — Haifa**": a line set wholly in bold with its dates is read as any line
// and "**2020 - 2022 | France | Mention** : Bien": a bold lead holding a range of dates is the header's dates line, no name
const namesByLead = (l: SourceLine) =>
  l.lead !== undefined && !isDateOnly(l.lead) && !labelsByLead(l) && !(l.lead.trim() === l.text.trim() && hasDate(l)) && !findDates(l.lead).some((d) => d.range);

/** "**2023–** Research Fellow, …": an open range set in bold of its own, which the line's text would read as one year. */
export function leadRange(l: SourceLine): DateMatch | undefined {
  if (!l.lead || !l.text.startsWith(l.lead) || !isDateOnly(l.lead)) return undefined;
  const d = findDates(l.lead)[0];
  return d?.range ? d : undefined;
}

const FIELD_LABELS = entryLabelsOf("school", "name", "position");

/** "**University:** …", "**Company**: …": a bold lead that labels the field the rest of the line gives. */
function labelsByLead(l: SourceLine): boolean {
  if (l.lead === undefined || !(/[:：]\s*$/u.test(l.lead) || /^\s*[:：]\s*\S/u.test(withoutLead(l)))) return false;
  return FIELD_LABELS.has(l.lead.replace(/\s*[:：]\s*$/u, "").toLowerCase()) && /\S/.test(withoutLead(l).replace(/^\s*[:：]/u, ""));
}

/** The text of a line after its bold lead. */
export function withoutLead(l: SourceLine): string {
  if (l.lead && l.text.startsWith(l.lead)) return l.text.slice(l.lead.length);
  return l.text;
}

/** Reads an entry's body: prose before the first bullet is the summary, the rest highlights. */
export function readBody(lines: readonly SourceLine[]): EntryBody {
  const prose: string[] = [];
  const highlights: string[] = [];
  for (const l of lines) {
    if (l.kind === "bullet" || highlights.length) highlights.push(l.text);
    else prose.push(l.text);
  }
  return prose.length ? { summary: prose.join("\n"), highlights } : { highlights };
}

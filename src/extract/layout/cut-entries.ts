import type { SourceLine } from "../../parse/source-line.js";
import { withoutDates } from "../dates.js";
import { isLocation, placeAfterDash } from "../entry-parts.js";
import { ORG_WORDS, ROLE_WORDS, titlesDuties } from "../vocabulary.js";
import { classifyTitle } from "../../parse/section-titles.js";
import { hasDate, isDateOnly, isHeaderLike, isSentence, isTitleLike, startsWithDate, writtenAsText, type Entry, type SplitEntries } from "./lines.js";

/**
 * Cuts `lines` at the given starts. An entry's header is its first line (through
 * the line `headThrough` names for the start, when it names one) and
 * the short lines right under it (a role under an organisation, a date line, a
 * place); the first bullet or sentence begins its body. With
 * `sentencesLoose`, a sentence after an entry's bullets is a remark about the
 * section, not part of the entry.
 */
export function splitAt(lines: readonly SourceLine[], starts: ReadonlySet<number>, sentencesLoose = false, headThrough?: ReadonlyMap<number, number>): SplitEntries {
  const entries: Entry[] = [];
  const loose: SourceLine[] = [];
  let current: Entry | undefined;
  let inHead = false;
  let headEnd = -1;
  lines.forEach((l, i) => {
    if (starts.has(i)) {
      current = { head: [l], body: [], position: l.position };
      entries.push(current);
      inHead = true;
      headEnd = headThrough?.get(i) ?? i;
      return;
    }
    if (!current) return void loose.push(l);
    if (i <= headEnd) return void current.head.push(l);
    if (sentencesLoose && l.kind === "text" && current.body.some((b) => b.kind === "bullet") && !isTitleLike(l.text)) return void loose.push(l);
    if (inHead && continuesHead(current.head, l)) return void current.head.push(l);
    inHead = false;
    current.body.push(l);
  });
  return { entries: entries.map((e) => withNameUnderDates(withDatesFromBody(withSubheadingUnder(e)))), loose };
}

/**
 * "### Lead Engineer" ⏎ "#### Brightwave Labs" ⏎ "08/2018 – Ongoing", as a web page's `<h3>` and `<h4>` set a job or a
 * degree over its employer or school: an undated heading with the one heading a level below it right under it, no
 * other under it, and its dates in it or right under both, is the entry's head in two lines, as a bold line under it
 * is. Several headings below one ("### Acme" over "#### Engineer", "#### Lead") are roles or projects each, and a label
 * ("#### Responsibilities") heads no name.
 */
function withSubheadingUnder(entry: Entry): Entry {
  const [top] = entry.head;
  const [first, ...rest] = entry.body;
  if (entry.head.length !== 1 || top?.kind !== "subheading" || hasDate(top) || first?.kind !== "subheading" || first.depth !== top.depth + 1) return entry;
  if (rest.some((l) => l.kind === "subheading") || first.text.length > 90 || isSentence(first.text) || titlesDuties(first.text) || classifyTitle(first.text)) return entry;
  // the dates in the lower heading or right under both, as the layout sets them: a lower heading over text ("#### Dissertation"
  // / "Light in small rooms…", "#### Focus" / "Optics and imaging.") labels what it says of the entry, and names no one
  if (!hasDate(first) && !(rest[0] && hasDate(rest[0]))) return entry;
  return { ...entry, head: [top, first], body: rest };
}

/**
 * "### Acme — Engineer" with "- Sep 2024 – Present | Austin, TX" as its first
 * bullet: a header without dates takes a short line that begins with a date
 * right under it as its dates line.
 */
function withDatesFromBody(entry: Entry): Entry {
  const [first, ...rest] = entry.body;
  if (!first || entry.head.some(hasDate)) return entry;
  const text = withoutIcon(first.text);
  if (text.length <= 90 && (isDateOnly(text) || startsWithDate(text))) return { ...entry, head: [...entry.head, first], body: rest };
  const set = setDatesOpening(first);
  if (set) return { ...entry, head: [...entry.head, set.dates], body: [set.rest, ...rest] };
  return withDatesUnderNames(entry);
}

/**
 * "*Nov 2025 – present* (graduate researcher from Nov 2025; …). Advisor: …": a line under an undated header that opens
 * with its dates set apart in emphasis, however long what follows, dates the entry; what follows tells of the job.
 */
function setDatesOpening(l: SourceLine): { dates: SourceLine; rest: SourceLine } | undefined {
  const [run] = l.spans ?? [];
  if (!run || !(run.emphasis || run.strong || run.code) || !isDateOnly(run.text) || !l.text.startsWith(run.text)) return undefined;
  const rest = l.text.slice(run.text.length).replace(/^[\s·•|,;:–—-]+/, "");
  if (!rest) return undefined;
  return { dates: { ...l, text: run.text, spans: [run], links: [] }, rest: { ...l, text: rest, spans: undefined, gap: false } };
}

/**
 * "### 2014/07 - 2018/03" over "- 株式会社ミドリ技研": a sub-heading of dates alone heads its entry, and the short
 * line right under it, a bullet as often as a line of text, names what the dates are of.
 */
function withNameUnderDates(entry: Entry): Entry {
  const [top] = entry.head;
  const [first, ...rest] = entry.body;
  if (entry.head.length !== 1 || top?.kind !== "subheading" || !isDateOnly(top.text) || !first || first.kind === "subheading" || first.depth !== 0) return entry;
  if (first.text.length > 80 || isSentence(first.text) || hasDate(first)) return entry;
  return { ...entry, head: [top, first], body: rest };
}

/** "{$CAL} January 2023 – Present", "📅 2021 – 2023": an icon or a template's placeholder before the dates. */
const withoutIcon = (text: string) => text.replace(/^(?:\{[^}]*\}|[^\p{L}\p{N}\s(]+)\s*/u, "");

/**
 * "- **Advanced Engineer**" over "  - FarEasTone Telecom" and "  - July 2021 - Present"; "**State University**" over
 * "Bachelor's degree, Computer Engineering" and "Sep 2021 - Aug 2025": an undated header whose next lines name
 * the rest of the entry, one short phrase a line, down to a line of dates alone, takes all of them as its header.
 */
function withDatesUnderNames(entry: Entry): Entry {
  const top = entry.head[0]!;
  // a paragraph's lines, or the items of a list item's own list: a bullet under a line of text is what was done
  const under = (l: SourceLine) => (l.kind === "text" && l.depth === 0) || (top.kind === "bullet" && l.kind === "bullet" && l.depth === top.depth + 1);
  const names = entry.body.slice(0, 3);
  const dated = names.findIndex((l) => under(l) && isDateOnly(withoutIcon(l.text)));
  if (dated < 1) return entry;
  // "Galaxy Software Services Corporation.": a stop closes a name as it closes "Inc."
  const naming = (l: SourceLine) => under(l) && l.text.length <= 80 && isTitleLike(l.text.replace(/\.$/, "")) && !isSentence(l.text) && !hasDate(l);
  if (!names.slice(0, dated).every(naming)) return entry;
  return { ...entry, head: [...entry.head, ...entry.body.slice(0, dated + 1)], body: entry.body.slice(dated + 1) };
}

/** "GPA: 3.9", "Location: Berlin": a labelled line sets a field of the entry; it is not part of its name. */
const LABELLED = /^[\p{L} ]{2,24}[:：]\s|^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,8}[:：]/u;

/** Whether `l` goes on with an entry's header lines `head`. */
function continuesHead(head: readonly SourceLine[], l: SourceLine): boolean {
  const first = head[0]!;
  // "March 2024 – Present" over "### Team Leader @ Acme": a web page's timeline sets each entry's dates above its
  // title, which is the rest of its head, across the blank line a heading stands after
  const titleUnderDates = head.length === 1 && first.kind === "text" && isDateOnly(first.text);
  if (l.kind === "subheading") return (head.length === 1 && first.kind === "subheading" && !l.gap && l.depth === first.depth) || titleUnderDates;
  // a list item's own later lines (`<br>` breaks, wrapped text) belong to its header while they are short
  if (first.kind === "bullet") return l.kind === "text" && l.depth === first.depth + 1 && !l.gap && head.length < 4 && isHeaderLike(l);
  // a date alone on its line opens the entry written under it, across a blank line, or its definition ("2020.07 ~ now" / ": **Acme/Engineer**"),
  // and the lines right under that one ("Student Assistant" / "Fraunhofer IOSB")
  const last = head[head.length - 1]!;
  // "Aguas del Tajo S.A., Toledo (Spain)": a name with its place after a comma is bare too
  const bare = (t: string) => {
    const named = t.replace(/,\s*([^,]+(?:,[^,]+)?)$/, (all, place: string) => (isLocation(place.trim()) ? "" : all));
    return !/[,|·•;]|\s[—–-]\s/.test(named) && named.split(/\s+/).length <= 6;
  };
  const underDate = isDateOnly(first.text) && (head.length === 1 || (head.length < 4 && !l.gap && !head.slice(1).some(hasDate) && bare(last.text) && bare(l.text)));
  if (l.kind !== "text" || l.depth > (underDate ? first.depth + 1 : 0) || head.length >= 6 || (l.text.length > 110 && !l.lead) || (!isHeaderLike(l) && !l.lead)) return false;
  const underHeading = first.kind === "subheading";
  if (l.gap && !underHeading && !underDate) return false;
  if (!head.some(hasDate) || underDate) return true;
  // once dated, a date line, or a short title line right under it: "Google   2019 – 2021" / "Software Engineer"; under a
  // line that names its role and employer already, a line naming neither says what was done there
  if (namesRoleAndEmployer(first.text) && !ROLE_WORDS.test(l.text) && !ORG_WORDS.test(l.text)) return isDateOnly(l.text);
  // a phrase written as text ("Onboarding task", "Entwicklung eines Predictive Maintenance Systems für …") that names
  // no role is the first thing said of the job
  const named = !writtenAsText(l.text) || ROLE_WORDS.test(l.text);
  // "Michigan State University, Eli Broad College of Business – East Lansing, MI": a name's words, without its place
  const words = (placeAfterDash(l.text)?.[0] ?? l.text).split(/\s+/).length;
  return isDateOnly(l.text) || (head.length === 1 && !l.gap && isTitleLike(l.text) && named && words <= 8 && !LABELLED.test(l.text));
}

/** "01/2019 – heute  Softwareentwickler, Siemens AG, München": a role among the line's phrases, and an organisation's name beside it. */
function namesRoleAndEmployer(text: string): boolean {
  const phrases = withoutDates(text, ",").split(/\s*[,|·•\t]\s*|\s[—–-]\s/).filter((p) => /\p{L}/u.test(p));
  const role = phrases.findIndex((p) => ROLE_WORDS.test(p));
  return role >= 0 && phrases.some((p, i) => i !== role && ORG_WORDS.test(p) && !ROLE_WORDS.test(p));
}

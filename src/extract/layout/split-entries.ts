import type { SourceLine } from "../../parse/source-line.js";
import { withoutDates } from "../dates.js";
import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isEmploymentType, namesKindOfWork } from "../vocabulary.js";
import { classifyTitle } from "../../parse/section-titles.js";
import { splitLabelledRecords } from "./labelled-records.js";
import { withDateColumnInPlace } from "./date-column.js";
import { itemsOverBoldStarts } from "./bullet-heads.js";
import { hasDate, isDateOnly, isHeaderLike, isSentence, isTitleLike, startsWithDate, type Entry, type SplitEntries, indices } from "./lines.js";
import { boldApart, markedStarts, withUnmarkedHeaders, withDatesAbove } from "./marked-starts.js";
import { datedAnchors, isAnchor, withClosingHeads } from "./dated-anchors.js";
import { closingDates, datesUnderItems, datesUnderTitles, datesLast } from "./lone-dates.js";
import { splitAt } from "./cut-entries.js";

/**
 * Splits a section's lines into entries. The entries of a section repeat one
 * shape, so the section is read by the outermost mark its entries share, the
 * first of these it has:
 * (1) sub-headings of one level (deeper ones stay inside the entries), unless
 *     they only group items that each begin with their date (categories);
 * (2) table rows and bold-led lines (`**Org** …`, marked-starts.ts); else records of labelled lines, each opening with the same label
 *     ("• Date (da – a)   2015 – 2018" over "• Tipo di impiego   Analista", a Europass CV);
 * (3) lines that each begin with their date, one item a line, or each with what is said of it under it
 *     when the dates lead the section and every dated line names more than its dates;
 * (4) dated header lines, with the title lines just above them, or the lines
 *     under a date that stands alone (a PDF's date column comes out first;
 *     dated-anchors.ts), or dates alone on their lines that close or follow
 *     their entries (lone-dates.ts);
 * (5) title lines followed by bullets;
 * (6) paragraphs, each led by a title line;
 * (7) every top-level line (lists of awards, papers, skills).
 * cut-entries.ts cuts the lines at the starts found, and sets each entry's head apart from its body.
 */
export function splitEntries(lines: readonly SourceLine[]): SplitEntries {
  const subheadings = lines.filter((l) => l.kind === "subheading");
  const dateLedItems = indices(lines, (l) => (l.kind === "text" || l.kind === "bullet") && l.depth === 0 && startsWithDate(l.text));
  // "### Tech related" over "- 2015  Internship at Acme": undated sub-headings that only group dated items are categories;
  // one dated line under each ("### Inginer DevOps — Bitdefender" / "Ianuarie 2021 – Prezent · București") dates its entry
  const categories =
    subheadings.length > 0 && dateLedItems.size >= 2 && dateLedItems.size > subheadings.length && !subheadings.some(hasDate) && dateLedItems.size >= lines.filter((l) => l.depth === 0 && l.kind !== "subheading").length * 0.6;
  if (categories) {
    const { entries, loose } = splitAt(lines, dateLedItems);
    return { entries: entries.map((e) => ({ ...e, body: e.body.filter((l) => l.kind !== "subheading") })), loose: [...loose, ...entries.flatMap((e) => e.body.filter((l) => l.kind === "subheading"))] };
  }
  if (subheadings.length && subheadings.every((l) => !hasDate(l) && (classifyTitle(l.text) !== undefined || namesTermsOfJobs(l.text) || namesKindOfWork(l.text)))) {
    // "### Tertiary Education" over "**M.Sc. …** – School" rows: sub-headings that name a kind of section group entries;
    // so do those that say on what terms the jobs under them were held ("#### Full Time:" over "- Engineer at Acme (2022 - Present)"),
    // or what kind of work they were ("### Research" over "`2018 - Present`" / "__University of Edinburgh |__ PhD Candidate")
    const inner = splitEntries(lines.filter((l) => l.kind !== "subheading"));
    if (inner.entries.length > subheadings.length) return { entries: inner.entries, loose: [...inner.loose, ...subheadings] };
  }
  // "Netflix · December 2019 - Present · Staff Engineer" opening the section, before any sub-heading, and again further
  // down: those dated lines head the entries, and the undated sub-headings between them name a job's projects ("#### Mantis")
  const datedHeads = indices(lines, isAnchor);
  if (subheadings.length && datedHeads.has(0) && datedHeads.size >= 2 && !subheadings.some(hasDate)) return splitAt(lines, datedHeads);
  if (subheadings.length) {
    const depth = Math.min(...subheadings.map((l) => l.depth));
    const headed = splitAt(lines, indices(lines, (l, i) => l.kind === "subheading" && l.depth === depth && !continuesHeading(lines, i)));
    // "- _Jun - Aug 2024_ | Intern @ **Acme**" items, then "### Stuff I Like to Use": items that each open with their
    // dates before the first sub-heading are entries of their own, not an introduction
    const before = lines.slice(0, lines.findIndex((l) => l.kind === "subheading"));
    const ledBefore = [...dateLedItems].filter((i) => i < before.length);
    const itemsBefore = ledBefore.length >= 2 ? ledBefore : datedItems(before);
    if (itemsBefore.length < 2 || itemsBefore.length < before.filter((l) => l.depth === 0 && l.kind !== "text").length * 0.6) return headed;
    const led = splitAt(before, new Set(itemsBefore));
    // the sub-headings after such a list title other matters ("### Tools I Like", "#### Araştırma Konuları"): one
    // that dates nothing heads no entry of the section's
    const datesSomething = (e: Entry) => [...e.head, ...e.body].some(hasDate);
    const undated = headed.entries.filter((e) => !datesSomething(e)).flatMap((e) => [...e.head, ...e.body]);
    return { entries: [...led.entries, ...headed.entries.filter(datesSomething)], loose: [...led.loose, ...undated] };
  }
  const marked = markedStarts(lines);
  const starts = marked.size ? withDatesAbove(lines, withUnmarkedHeaders(lines, marked)) : marked;
  const items = marked.size ? itemsOverBoldStarts(lines, starts) : undefined;
  if (items) return splitAt(lines, new Set(items.keys()), false, items);
  if (marked.size && !boldApart(lines, starts)) return splitAt(lines, starts);
  const everyDated = datedItemsAndLines(lines);
  if (everyDated) return splitAt(lines, everyDated);
  const column = withDateColumnInPlace(lines);
  if (column) return splitEntries(column);
  const records = splitLabelledRecords(lines);
  if (records) return records;
  const topText = lines.filter((l) => l.kind === "text" && l.depth === 0);
  const dateLed = indices(lines, (l) => l.kind === "text" && l.depth === 0 && startsWithDate(l.text));
  if (dateLed.size >= 2 && dateLed.size === topText.length) return splitAt(lines, dateLed);
  // "01/2019 – heute   Developer, Acme" over what was done there: a European CV's column of dates heads each entry
  if (dateLed.size >= 2 && lines.indexOf(topText[0]!) === Math.min(...dateLed) && [...dateLed].every((i) => !isDateOnly(lines[i]!.text))) return splitAt(lines, dateLed);
  const labelled = labelledDateLed(lines, dateLed);
  if (labelled) return labelled;
  const dated = datesUnderTitles(lines);
  if (dated) return splitAt(lines, dated);
  const itemsDated = datesUnderItems(lines);
  if (itemsDated) return splitAt(lines, itemsDated);
  const closing = closingDates(lines);
  // one entry closed by the section's only date is read so too
  if (closing.size >= 2 || (closing.size === 1 && lines.filter(hasDate).length === 1)) return datesLast(lines, closing);
  const anchored = datedAnchors(lines);
  if (anchored.starts.size) return withClosingHeads(splitAt(lines, new Set(anchored.starts.keys()), false, anchored.starts), anchored.closing);
  const titled = titledStarts(lines);
  if (titled.size) return splitAt(lines, titled, true);
  const blocks = blockStarts(lines);
  if (blocks.size >= 2) return splitAt(lines, blocks);
  return splitAt(lines, indices(lines, (l) => l.depth === 0));
}

/**
 * "## Education" over "- M.S. Computer Science, Keio University, 2008" items and then "### Research Topics": a section's
 * own list, its items named and most of them dated where they end, comes before a sub-heading of other matters; each
 * top-level item of it is an entry, dated or not ("- Ph.D. …, (in progress)"). Prose items are no such list.
 */
function datedItems(before: readonly SourceLine[]): number[] {
  const items = [...indices(before, (l) => l.kind === "bullet" && l.depth === 0)];
  if (items.some((i) => isSentence(before[i]!.text))) return [];
  const dated = items.filter((i) => hasDate(before[i]!));
  return dated.length >= 2 && dated.length >= items.length * 0.6 ? items : [];
}

/**
 * "### Apple, 2019-present<br>Seattle, WA": a heading broken by a line break is one heading; its second line, no
 * new block, continues the first (where the job was, under the employer and its dates) and opens no entry.
 */
function continuesHeading(lines: readonly SourceLine[], i: number): boolean {
  const [l, above] = [lines[i]!, lines[i - 1]];
  return !l.gap && above?.kind === "subheading" && above.depth === l.depth;
}

/** Rule (5): a title-like text line followed by bullets (maybe after a line of prose). */
function titledStarts(lines: readonly SourceLine[]): Set<number> {
  return indices(lines, (l, i) => {
    if (l.kind !== "text" || l.depth > 0 || !isTitleLike(l.text)) return false;
    const next = lines[i + 1];
    const after = lines[i + 2];
    return next?.kind === "bullet" || (next?.kind === "text" && !isTitleLike(next.text) && after?.kind === "bullet");
  });
}

/**
 * "- Lead Engineer at DraftKings (Jul 2019 - Dec 2020)" items, then a paragraph "BSc, Computer Science from the University
 * of Hertfordshire (2007-2010)": where items are dated and so is every other line at the top level, each names its own
 * entry, and the paragraph after the list heads no items of its own.
 */
function datedItemsAndLines(lines: readonly SourceLine[]): Set<number> | undefined {
  const top = indices(lines, (l) => l.depth === 0);
  const items = [...top].filter((i) => lines[i]!.kind === "bullet");
  return items.length >= 2 && items.length < top.size && [...top].every((i) => hasDate(lines[i]!) && isHeaderLike({ ...lines[i]!, kind: "text" })) ? top : undefined;
}

/**
 * Rule (6): paragraphs set apart by blank lines, each led by a title line
 * ("Werkstudent – Acme (seit 2023)" over a sentence about it).
 */
function blockStarts(lines: readonly SourceLine[]): Set<number> {
  const starts = indices(lines, (l) => l.gap && l.depth === 0);
  const led = [...starts].every((i) => lines[i]!.kind === "text" && isTitleLike(lines[i]!.text) && lines[i + 1]?.gap === false);
  return led ? starts : new Set();
}

/**
 * Lines over entries that each begin with their dates, each line opening a paragraph right over one of them,
 * read by what the entries under it name: over "2016–2019 Software Engineer, Reply S.p.A., Torino", which name a
 * role and an employer, a line that names nothing ("Professional", "Academic": moderncv's sub-sections) only
 * groups them and is kept aside; over "2020–Present Senior Data Engineer", which name a role alone, the line
 * ("Kestrel Logistics Kft.") is their employer and heads each of them.
 */
function labelledDateLed(lines: readonly SourceLine[], dateLed: ReadonlySet<number>): SplitEntries | undefined {
  if (dateLed.size < 2 || [...dateLed].some((i) => isDateOnly(lines[i]!.text))) return undefined;
  const labelAt = [...indices(lines, (l, i) => l.kind === "text" && l.depth === 0 && (i === 0 || l.gap) && dateLed.has(i + 1) && !lines[i + 1]!.gap && namesOne(l.text) && !hasDate(l))];
  const rest = lines.filter((_, i) => !labelAt.includes(i));
  const first = rest.find((l) => l.kind === "text" && l.depth === 0);
  if (!labelAt.length || !first || !startsWithDate(first.text)) return undefined;
  const inner = splitEntries(rest);
  const labelOf = (e: Entry) => labelAt.filter((i) => i < lines.indexOf(e.head[0]!)).pop();
  const under = (at: number) => inner.entries.filter((e) => labelOf(e) === at).map((e) => e.head[0]!.text);
  const groups = labelAt.filter((at) => namesNothing(lines[at]!.text) && under(at).every((t) => namedPhrases(t) >= 2));
  const employers = labelAt.filter((at) => namedPhrases(lines[at]!.text) === 1 && under(at).every((t) => namedPhrases(t) === 1 && roleLean(weighPhrase(withoutDates(t))) > 0.3));
  if (groups.length + employers.length !== labelAt.length) return undefined;
  const entries = inner.entries.map((e) => {
    const at = labelOf(e);
    return at !== undefined && employers.includes(at) ? { ...e, head: [lines[at]!, ...e.head] } : e;
  });
  return { entries, loose: [...inner.loose, ...groups.map((at) => lines[at]!)] };
}

/** The phrases of a line, its dates and places aside: "2019–2021 Engineer, Acme, Berlin" has two. */
const namedPhrases = (text: string) => withoutDates(text, ",").split(/\s*[,|·•\t]\s*|\s[—–-]\s/).filter((p) => /\p{L}/u.test(p) && weighPhrase(p).place < 0.9).length;

/** A short name, its closing stop allowed ("Kestrel Logistics Kft."): no sentence, no label. */
const namesOne = (text: string) => text.length <= 80 && text.split(/\s+/).length <= 8 && !isSentence(text) && !/[:：;!?]$/.test(text) && !/^\p{Ll}/u.test(text);

/** A short title that weighs as no role, organisation, school, degree or place. */
function namesNothing(text: string): boolean {
  if (text.split(/\s+/).length > 3) return false;
  const e = weighPhrase(text);
  return Math.max(e.role, e.org, e.school, e.degree, e.place) < 0.5;
}

/** "Full Time:", "Part-time": a heading that names only the terms its jobs were held on, its colon aside. */
const namesTermsOfJobs = (text: string) => isEmploymentType(text.replace(/[:：]\s*$/u, ""));

import type { SourceLine } from "../../parse/source-line.js";
import { statedGrade } from "../../resume/education-text.js";
import { findDates, presentAlone, withoutDates } from "../dates.js";
import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isLocation, placeAfterDash, trimSeparators } from "../entry-parts.js";
import { isEmploymentType, labelsDetail, namesKindOfWork, ORG_WORDS, ROLE_WORDS, titlesDuties } from "../vocabulary.js";
import { classifyTitle } from "../../parse/section-titles.js";
import { splitLabelledRecords } from "./labelled-records.js";
import { withDateColumnInPlace } from "./date-column.js";
import { itemsOverBoldStarts } from "./bullet-heads.js";
import { hasDate, isDateOnly, isHeaderLike, isSentence, isTitleCased, isTitleLike, startsWithDate, writtenAsText, type Entry, type SplitEntries } from "./lines.js";

/**
 * Splits a section's lines into entries. The entries of a section repeat one
 * shape, so the section is read by the outermost mark its entries share, the
 * first of these it has:
 * (1) sub-headings of one level (deeper ones stay inside the entries), unless
 *     they only group items that each begin with their date (categories);
 * (2) table rows and bold-led lines (`**Org** …`); else records of labelled lines, each opening with the same label
 *     ("• Date (da – a)   2015 – 2018" over "• Tipo di impiego   Analista", a Europass CV);
 * (3) lines that each begin with their date, one item a line, or each with what is said of it under it
 *     when the dates lead the section and every dated line names more than its dates;
 * (4) dated header lines, with the title lines just above them, or the lines
 *     under a date that stands alone (a PDF's date column comes out first);
 * (5) title lines followed by bullets;
 * (6) paragraphs, each led by a title line;
 * (7) every top-level line (lists of awards, papers, skills).
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

function indices(lines: readonly SourceLine[], test: (l: SourceLine, i: number) => boolean): Set<number> {
  return new Set(lines.flatMap((l, i) => (test(l, i) ? [i] : [])));
}

/**
 * "`2019`" ⏎ "A Vance, __D Eargle__, … “Title”" ⏎ "" ⏎ "`2017`" ⏎ "__Eargle, D.__, Galletta, D. …": where paragraphs
 * open with a date alone over what they date, most of them with no bold lead under it, the bold of one of them (the
 * owner's name in a citation) marks no entry; the dates do.
 */
function boldApart(lines: readonly SourceLine[], starts: ReadonlySet<number>): boolean {
  const opened = indices(lines, (l, i) => l.kind === "text" && l.depth === 0 && (l.gap || i === 0) && isDateOnly(l.text) && lines[i + 1]?.kind === "text" && !lines[i + 1]!.gap);
  return opened.size >= 3 && [...opened].filter((i) => !starts.has(i)).length * 2 > opened.size;
}

/**
 * A bold-led line that only labels what follows ("**Key skills:** …", "**Tech**: Go") marks no entry when others do;
 * one with nothing after its colon ("__Louisiana State University__:" over "- Degree: …") heads the lines under it.
 */
const isLabel = (l: SourceLine) => (/[:：]\s*$/.test(l.lead!) || /^\s*[:：]/.test(l.text.slice(l.lead!.length))) && !/^[^:：]*[:：]\s*$/.test(l.text);

/**
 * A bold run that is a grade and its name, no more ("GPA 4.0", "CGPA: 8.7/10"). A whole number after "grade" is a
 * school year or a class taught ("**Grade 12**" over a secondary school, "**Grade 3 Tutor**"), which heads an entry.
 */
function statesGradeAlone(lead: string): boolean {
  const grade = statedGrade(lead);
  if (grade === undefined || lead.trim().length > grade.length + 12) return false;
  return /[.,/]/.test(grade) || !/\bgrade\s*[:：]?\s*\d+(?![.,/\d])/iu.test(lead);
}

/** Rule (2): table rows, and top-level bold-led lines that are not a date or a label. */
function markedStarts(lines: readonly SourceLine[]): Set<number> {
  const bold = lines.filter((l) => l.kind === "text" && l.depth === 0 && l.lead !== undefined && !isDateOnly(l.lead));
  // "**Accomplishments**" over each job's bullets titles what was done there; it heads no entry, nor does "**Technical
  // Environment** Backbone.js, Tomcat." in a job's paragraph, the label of a fact about the job set in bold with no colon
  // ("***GPA 4.0***" under a degree's entry states its grade; it heads no entry)
  const headers = bold.filter((l) => !isLabel(l) && !titlesDuties(l.text) && !labelsDetail(l.lead!) && !statesGradeAlone(l.lead!));
  const starters = new Set(headers.length ? headers : []);
  return paragraphHeads(lines, indices(lines, (l) => (l.kind === "row" && !describesRowAbove(l)) || starters.has(l)));
}

/**
 * `<tr><td colspan=4>Built the order pipeline …</td></tr>` under each job's row: a row whose one filled cell is prose
 * tells of the row above, as a description spanning the table does; it opens no entry. That cell opens the row: a row
 * that leaves its first cell blank ("<td></td><td>[21] Gardali T, … (2021) Title.</td>") writes its own entry in the
 * table's column, its date left out as the same as the row above's, as R Markdown's CV tables print a year once.
 */
function describesRowAbove(l: SourceLine): boolean {
  const cells = l.cells ?? [];
  const filled = cells.filter((c) => c.trim());
  // "Intern at the Exascale lab in Paris.": a short one ends as a sentence does
  const said = (text: string) => isSentence(text) || (/\p{Ll}[.!?]$/u.test(text) && text.split(/\s+/).length >= 5);
  return cells.length >= 2 && filled.length === 1 && Boolean(cells[0]!.trim()) && said(filled[0]!.trim());
}

/**
 * "**BSc Computer Science**" / "**University of Leeds**" / "**2015 – 2018**", then a blank line and the next degree:
 * where a section writes each entry as a paragraph of lines set wholly in bold, each paragraph is one entry, opened by its
 * first bold line, not one entry a line.
 */
function paragraphHeads(lines: readonly SourceLine[], starts: ReadonlySet<number>): Set<number> {
  // "**B.E. in E&C** - **Sept 2019 – July 2022**": a bold name with nothing after it but its dates is set wholly in bold too
  const wholly = (i: number) => {
    const l = lines[i]!;
    if (l.kind !== "text" || l.lead === undefined) return false;
    const after = l.text.trim().startsWith(l.lead.trim()) ? l.text.trim().slice(l.lead.trim().length) : l.text;
    return trimSeparators(after) === "" || isDateOnly(after);
  };
  const runs: number[][] = [];
  for (const i of [...starts].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // the next line of the same paragraph, or past one bold line of dates (left out of the starts)
    const between = last === undefined || i - last > 2 ? undefined : lines.slice(last + 1, i);
    // "**Gold Medal** 2014" / "**Silver Medal** 2013": bold lines each with a date of its own are items apart
    const datedTwice = hasDate(lines[i]!) && run !== undefined && run.some((j) => hasDate(lines[j]!));
    const joins = between !== undefined && !lines[i]!.gap && !datedTwice && wholly(i) && wholly(last!) && between.every((l, k) => !l.gap && wholly(last! + 1 + k));
    if (joins) run.push(i);
    else runs.push([i]);
  }
  const stacked = runs.filter((r) => r.length >= 2).length;
  return (runs.length >= 2 && stacked * 2 >= runs.length) || loneDatedRun(lines, runs) ? new Set(runs.map((r) => r[0]!)) : new Set(starts);
}

/**
 * "**Research Software Engineer**" / "**Data Group, Lowtown University - Lowtown**" / "_May 2022 to December 2023_": the
 * one entry of its section, written as the section's other entries are, a paragraph of bold lines dated at its end (on its
 * last line or the line right under it), its lines the entry's parts: one names where (an employer, a school), the others
 * what (a role, a degree). None of its lines but the last is dated: bold lines each with its own date are items apart, and
 * bold names of one kind ("**Certified Scrum Master**" / "**AWS Cloud Practitioner** 2023", two schools) a list.
 */
function loneDatedRun(lines: readonly SourceLine[], runs: readonly number[][]): boolean {
  const [run, ...others] = runs;
  if (!run || others.length || run.length < 2) return false;
  const last = run[run.length - 1]!;
  const under = lines[last + 1];
  const datedAtEnd = hasDate(lines[last]!) || (under !== undefined && !under.gap && under.kind === "text" && isDateOnly(under.text));
  if (!datedAtEnd || run.slice(0, -1).some((i) => hasDate(lines[i]!))) return false;
  const parts = run.map((i) => partNamed(withoutDates(lines[i]!.text)));
  return parts.filter((p) => p === "where").length === 1 && parts.every((p) => p !== undefined);
}

/** Whether a header's phrase names where the entry was held (an organisation, a school) or what it was (a role, a degree). */
function partNamed(text: string): "where" | "what" | undefined {
  const e = weighPhrase(trimSeparators(text));
  const [where, what] = [Math.max(e.org, e.school), Math.max(e.role, e.degree)];
  if (Math.max(where, what) <= 0.3 || where === what) return undefined;
  return where > what ? "where" : "what";
}

/**
 * "[**PingCAP Inc.** - 数据库](…) 2023/08 – 至今" … "[晨星资讯（**Morningstar**）- 金融服务](…) 2019/06 – 2020/07":
 * when every bold-led header of a section carries a date range, a line that starts a block with a date range
 * and reads as a header heads an entry too, its bold set further in. So where each bold name has its range on the
 * header line under it ("**Acme**" / "Engineer	May 2014 - Oct 2014"): after the bullets, "Analyst	Aug 2013 - May
 * 2014" is another role at the same employer.
 */
function withUnmarkedHeaders(lines: readonly SourceLine[], marked: ReadonlySet<number>): Set<number> {
  const ranged = (l: SourceLine) => findDates(l.text).some((d) => d.range);
  const rangedUnder = (i: number) => lines[i + 1]?.kind === "text" && !lines[i + 1]!.gap && lines[i + 1]!.depth === 0 && ranged(lines[i + 1]!);
  if (![...marked].every((i) => ranged(lines[i]!) || rangedUnder(i))) return new Set(marked);
  // "**Acme -- Lead:**" over "*2023 – Present*": the range right under an undated marked header, in its paragraph, is
  // that header's, though the colon closing the header reads as the end of a block ("**Acme** (2011 - 2019)" over
  // "Engineer⇥2016 - 2019" is the employer's span over the first of its roles; "**Northwind:**" over "Analyst, 2013 –
  // 2016" heads roles that each start a block, and so does "**Full-time roles:**" over "Engineer at Northwind, …")
  const headersOwn = (i: number) => marked.has(i - 1) && !lines[i]!.gap && !ranged(lines[i - 1]!) && isDateOnly(lines[i]!.text);
  return new Set([...marked, ...indices(lines, (l, i) => isAnchor(l) && ranged(l) && startsBlock(lines, i) && !headersOwn(i))]);
}

/**
 * "`2014-2019`" ⏎ "__University of Washington__, Seattle, WA": a date alone
 * on its line right above an entry's bold name, in the same paragraph, opens
 * that entry (the resume.md template writes every entry so, and "`Current`"
 * over the job held now).
 */
function withDatesAbove(lines: readonly SourceLine[], starts: ReadonlySet<number>): Set<number> {
  return new Set(
    [...starts].map((i) => {
      const above = lines[i - 1];
      const dated = above !== undefined && (isDateOnly(above.text) || presentAlone(above.text) !== undefined);
      return dated && !lines[i]!.gap && !starts.has(i - 1) && above.kind === "text" && above.depth === 0 ? i - 1 : i;
    }),
  );
}

/**
 * Rule (4): each dated header line anchors an entry. The header may begin up
 * to four title lines above it, where a block starts ("Google" / "Engineer" /
 * "2019 – 2021"); a date alone on its line opens the entry written under it.
 */
function datedAnchors(lines: readonly SourceLine[]): Anchored {
  const starts = new Map<number, number>();
  // a section that opens with a date alone on its line writes every entry under its date (a PDF's date column)
  const datesFirst = lines[0] !== undefined && isDateOnly(lines[0].text);
  const headsAbove = !datesFirst && headersAboveDates(lines);
  if (headsAbove) return headsAbove;
  // "PhD in Computer Science, 2019" over "University of Pennsylvania": a section that opens with a dated line
  // writes each entry from its dated line down, and the line above a date is the entry before's
  const opensDated = lines[0] !== undefined && isAnchor(lines[0]);
  lines.forEach((l, i) => {
    if (!isAnchor(l) || closesDatedHeader(lines, i)) return;
    const captioned = opensDated && !datesFirst ? captionsAfterBullets(lines, i) : undefined;
    if (captioned !== undefined) return void starts.set(captioned, i);
    if ((datesFirst && isDateOnly(l.text)) || opensDated) return void starts.set(i, i);
    let top = i;
    // "Bus reservation system:" right over its date: the colon leads to what follows, the line still names the entry
    const named = (above: SourceLine) => isHeaderTitle(above) || (top === i && isDateOnly(l.text) && isHeaderTitle({ ...above, text: above.text.replace(/\s*[:：]$/, "") }));
    while (top > 0 && i - top < 4 && !lines[top]!.gap && named(lines[top - 1]!) && !starts.has(top - 1)) top--;
    // "Acme - Engineer" / (blank) / "2023/08 – now": a date alone in its paragraph dates the lone title paragraph above it
    // or a title with every word capitalised right after the body above ("Online Student Attendance System")
    // or a paragraph of two or three title lines ("Grange Insurance, Columbus, OH" / "Actuarial Intern")
    const paragraph = top === i && l.gap && isDateOnly(l.text) ? titleParagraphAbove(lines, i, starts) : undefined;
    const titled = paragraph !== undefined || (top === i && l.gap && isDateOnly(l.text) && i > 0 && isHeaderTitle(lines[i - 1]!) && isTitleCased(lines[i - 1]!.text) && !starts.has(i - 1));
    if (titled) top = paragraph ?? i - 1;
    // the header's first line starts a block: after a blank line, a bullet, a finished sentence or the section's top
    while (top < i && !titled && !startsBlock(lines, top)) top++;
    starts.set(top, top);
  });
  return { starts, closing: new Set() };
}

/**
 * "Mobilize Project" / "Los Angeles, CA" / "2011-2014" right after the bullets of the entry above: where a section
 * opens with a dated line that names its entry ("Acme Corp   Los Angeles, CA   2013-present"; not a date alone, as
 * Europass sets its dates and places after each entry's bullets), pdftotext may set a later entry's header
 * cells one under the other; a date alone names nothing, so the employer and place lines over it, after a bullet,
 * are its header's. Where they start, if line `i` is such a date.
 */
function captionsAfterBullets(lines: readonly SourceLine[], i: number): number | undefined {
  if (!isDateOnly(lines[i]!.text)) return undefined;
  let top = i;
  while (top > 0 && i - top < 3 && !lines[top]!.gap && isCaption(lines[top - 1]!)) top--;
  const named = lines.slice(top, i).some((l) => namesEntry(l) || isLocation(trimSeparators(l.text)));
  return top < i && lines[top - 1]?.kind === "bullet" && named ? top : undefined;
}

/**
 * Where the paragraph of one to three title lines right above line `i` (a date alone) starts, if one is there,
 * starts no entry yet, and the date is followed by what was done: a date followed by names opens the entry below.
 */
function titleParagraphAbove(lines: readonly SourceLine[], i: number, starts: ReadonlyMap<number, number>): number | undefined {
  const below = lines[i + 1];
  if (!below || (below.kind !== "bullet" && !isSentence(below.text))) return undefined;
  for (let t = i - 1; t >= 0 && i - t <= 3; t--) {
    // "Pocket mode — Lock your phone by hovering the proximity sensor." over "{Kotlin, MVVM}": the paragraph's first
    // line may name its entry before a dash and say what it is after it, as a sentence
    const named = isHeaderTitle(lines[t]!) || (lines[t]!.gap && namedBeforeDash(lines[t]!));
    if (!named || starts.has(t)) return undefined;
    if (lines[t]!.gap) return t;
  }
  return undefined;
}

/**
 * "Acme Insurance, Columbus, OH" / "Analyst (2020 – Present)" / (blank) / "2017 – Present" / what was done: a date
 * alone in its paragraph, under a dated header and over the entry's text, is the header's (the employer's span,
 * which a PDF's text set apart from its line), no entry of its own.
 */
function closesDatedHeader(lines: readonly SourceLine[], i: number): boolean {
  const [above, l, below] = [lines[i - 1], lines[i]!, lines[i + 1]];
  if (!above || !below || !l.gap || !isDateOnly(l.text) || above.kind !== "text" || isDateOnly(above.text) || !isAnchor(above)) return false;
  return below.kind === "bullet" || isSentence(below.text);
}

/** Each entry's first line with its last header line, and the lines that close the entry above them (its dates and place, set after its bullets). */
interface Anchored {
  starts: Map<number, number>;
  closing: Set<SourceLine>;
}

const isAnchor = (l: SourceLine) => l.kind === "text" && l.depth === 0 && hasDate(l) && isHeaderLike(l) && (l.text.length <= 110 || (l.gap && !l.lead && l.text.length <= 140 && !/[.!?。]$/.test(l.text))) && !COURSE_TAUGHT.test(withoutDates(l.text));

/** "Winter 2017: HIST 205 – Modern East Asia": a term and the course taught in it, a detail of the teaching job above. */
const COURSE_TAUGHT = /^[\s:,;–—-]*[A-Z]{2,5}\s?\d{2,4}[A-Z]?\s*[–—:-]\s/u;

/**
 * A section that opens with header lines over its first date, across blank
 * lines ("Smart Remont" / "IT, system integration" / "Feb 2026 — Aug 2026" /
 * "Backend developer"), writes every entry's header so. Each entry begins at
 * the caption lines above its date, after the previous entry's bullets or
 * prose, and its header runs through the title right under the date unless
 * that line heads the next entry. Returns each entry's first line and last
 * header line, or nothing when the section is not written so.
 *
 * pdftotext sets a column of dates and places apart from the entries beside
 * it, each date some lines away from its entry (Jake's résumé: "Teaching
 * Assistant" / "University of Texas at Austin" / "• Led…" / "Austin, TX" /
 * "Aug. 2021 – Dec. 2021"). So header lines that name a role, an organisation
 * or a school, right after the bullets of the entry above and over bullets of
 * their own, head an entry though undated; and a date whose header lines name
 * nothing but a place then closes that entry, as its dates and place.
 */
function headersAboveDates(lines: readonly SourceLine[]): Anchored | undefined {
  // "Istanbul Technical University" / "· (2016 - 2018)": a date set after a separator glyph is a dated line too
  const dated = (l: SourceLine) => isAnchor(l) || (l.kind === "bullet" && l.depth === 0 && isDateOnly(l.text));
  const anchors = [...indices(lines, (l, i) => dated(l) && !closesDatedHeader(lines, i))];
  const first = anchors[0];
  if (!first || first > 4 || !lines.slice(0, first).every(isCaption)) return undefined;
  // blank lines inside the first header say nothing (every line may stand alone); else a blank line ends a header
  const gapsInside = lines.slice(1, first + 1).some((l) => l.gap);
  // "Sep 2021 – Present  Edinburgh, UK" under "Assistant Professor" / "University of Edinburgh": a place after the
  // date says where, not what, when the header above is one block; set apart by blank lines, it may name the entry
  if (namedAfterDate(lines[first]!.text, gapsInside)) return undefined;
  // each entry takes as many caption lines above its date as the first one has, and more only while they name
  // a role, an organisation, a school or a place: what the entry above listed last ("Building evaluation pipelines")
  // is its own
  const tops = anchors.map((a, k) => {
    // where blank lines end a header, a date alone in its paragraph dates the paragraph of title lines above it
    const paragraph = !gapsInside && lines[a]!.gap && isDateOnly(lines[a]!.text) ? titleParagraphAbove(lines, a, new Map()) : undefined;
    if (paragraph !== undefined && paragraph > (anchors[k - 1] ?? -1)) return paragraph;
    let top = a;
    while (top - 1 > (anchors[k - 1] ?? -1) && a - top < 4 && (gapsInside || !lines[top]!.gap) && isCaption(lines[top - 1]!) && (a - top < first || namesEntry(lines[top - 1]!) || isLocation(trimSeparators(lines[top - 1]!.text)))) top--;
    return top;
  });
  const starts = new Map<number, number>();
  const closing = new Set<SourceLine>();
  const undated = undatedHeads(lines, anchors);
  anchors.forEach((a, k) => {
    const title = lines[a + 1];
    const titled = title && a + 1 < (tops[k + 1] ?? Infinity) && title.kind === "text" && isTitleLike(title.text) && !isSentence(title.text) && !hasDate(title);
    const opened = [...undated.keys()].some((u) => u > (anchors[k - 1] ?? -1) && u < tops[k]!);
    if (opened && !lines.slice(tops[k], a + 1).some(namesEntry)) {
      let end = a + 1;
      while (end < (tops[k + 1] ?? lines.length) && isCaption(lines[end]!) && !namesEntry(lines[end]!)) end++;
      for (const l of lines.slice(tops[k], end)) closing.add(l);
    } else starts.set(tops[k]!, titled ? a + 1 : a);
  });
  for (const [start, end] of undated) starts.set(start, end);
  return { starts, closing };
}

/** A line whose words weigh as a job title, an organisation, a school or a degree, rather than only a place. */
function namesEntry(l: SourceLine): boolean {
  const e = weighPhrase(l.text);
  return Math.max(e.role, e.org, e.school, e.degree) >= 0.7 && e.place < 0.9;
}

/** Undated header lines, between two anchors, right after a bullet and over one, that name a role, an organisation or a school: each run's first and last line. */
function undatedHeads(lines: readonly SourceLine[], anchors: readonly number[]): Map<number, number> {
  const heads = new Map<number, number>();
  lines.forEach((l, i) => {
    if (lines[i - 1]?.kind !== "bullet" || !l.gap || !isCaption(l)) return;
    let end = i;
    while (isCaption(lines[end + 1] ?? l) && end + 1 < lines.length) end++;
    const run = lines.slice(i, end + 1);
    if (lines[end + 1]?.kind === "bullet" && run.some(namesEntry) && !anchors.some((a) => a >= i && a <= end)) heads.set(i, end);
  });
  return heads;
}

/** The lines that close an entry, set after its body, moved to its head. */
function withClosingHeads(split: SplitEntries, closing: ReadonlySet<SourceLine>): SplitEntries {
  if (!closing.size) return split;
  const entries = split.entries.map((e) => {
    const tail = e.body.filter((l) => closing.has(l));
    return tail.length ? { ...e, head: [...e.head, ...tail], body: e.body.filter((l) => !closing.has(l)) } : e;
  });
  return { ...split, entries };
}

/**
 * "2024: Markgräfin-Wilhelmine-Gymnasium": a line that begins with its date and names its entry after it (not a
 * duration, "7 месяцев"); a place after the date names it only when `placeNames`.
 */
function namedAfterDate(text: string, placeNames: boolean): boolean {
  const date = findDates(text)[0];
  const rest = date?.index === 0 ? text.slice(date.length) : "";
  return /\p{L}{2}/u.test(rest) && !/\d/.test(rest) && (placeNames || !isLocation(trimSeparators(rest)));
}

/** A line of an entry's header written over its date: short, not a bullet, not prose, no label. */
const isCaption = (l: SourceLine) => l.kind === "text" && !hasDate(l) && l.text.length <= 120 && !/[:：]$/.test(l.text) && (!isSentence(l.text) || isPhraseList(l.text));

/** "Системная интеграция, автоматизация процессов, ИТ-консалтинг": phrases listed with commas, no sentence however lower-case. */
const isPhraseList = (text: string) => !/[.!?。]$/.test(text) && text.split(/,\s/).length >= 3 && text.split(/,\s/).every((p) => p.split(/\s+/).length <= 6);


/** "Tidepool — A tide prediction app.": a short title, a spaced dash, then what the thing is. */
function namedBeforeDash(l: SourceLine): boolean {
  const name = /^(.+?)\s[—–-]\s+\S/u.exec(l.text)?.[1];
  return name !== undefined && isHeaderTitle({ ...l, text: name }) && name.split(/\s+/).length <= 6;
}

const isHeaderTitle = (l: SourceLine) => l.kind === "text" && l.depth === 0 && isTitleLike(l.text) && l.text.length <= 80 && l.text.split(/\s+/).length <= 10 && !hasDate(l);

function startsBlock(lines: readonly SourceLine[], i: number): boolean {
  const prev = lines[i - 1];
  return !prev || lines[i]!.gap || prev.kind !== "text" || /[.!?。:]$/.test(prev.text) || hasDate(prev);
}

/**
 * Dates set right of an entry come out of a PDF after its bullets ("Acme,
 * Pune" / "Engineer" / "• Built…" / "Aug 2019 – Sep 2022"): a date alone in
 * its paragraph, after a bullet or a sentence and before the next title line,
 * closes the entry above it.
 */
function closingDates(lines: readonly SourceLine[]): Set<number> {
  // a section that opens with a date alone writes each entry under its date (Europass: "March 2019 – Present" over
  // "Environmental Engineer" / "Acme S.A., Toledo" / bullets): its later dates open entries, they close none
  if (lines[0] !== undefined && isDateOnly(lines[0].text)) return new Set();
  const dateLines = indices(lines, (l) => l.kind === "text" && l.depth === 0 && isDateOnly(l.text));
  const closing = new Set([...dateLines].filter((i) => {
    const [prev, next] = [lines[i - 1], lines[i + 1]];
    return lines[i]!.gap && prev !== undefined && (prev.kind === "bullet" || isSentence(prev.text)) && (!next || (next.kind === "text" && next.depth === 0 && isTitleLike(next.text)));
  }));
  return closing.size * 2 > dateLines.size ? closing : new Set();
}

/**
 * "- **First Place, Student Cluster Challenge** - *ISC, Leipzig*" / "2014" / "- **Best Poster** …" / "2013": a list whose
 * every item has its date alone on the line after it (an HTML theme's row of an item and its date column). Each
 * item starts an entry, its date under it; otherwise a date alone would open the entry below it.
 */
function datesUnderItems(lines: readonly SourceLine[]): Set<number> | undefined {
  const items = indices(lines, (l) => l.kind === "bullet" && l.depth === 0);
  const dates = [...indices(lines, (l) => l.kind === "text" && l.depth === 0 && isDateOnly(l.text))];
  const itemAbove = (i: number) => {
    let j = i - 1;
    while (j > 0 && lines[j]!.depth > 0) j--;
    return items.has(j);
  };
  // nothing else at the top level, and one date under each item
  if (dates.length < 2 || items.size !== dates.length || !items.has(0) || lines.filter((l) => l.depth === 0).length !== items.size + dates.length) return undefined;
  return dates.every(itemAbove) ? items : undefined;
}

/**
 * "Best Paper Award, ACL 2022" / "Jul 2022" / "NSF Graduate Research
 * Fellowship" / "Sep 2015" (a web page's list, each item's date under it):
 * when every date alone on its line sits right under one title line, in one
 * block with it, and that title right under the section's top, a date or a
 * body, each title starts an entry. Several title lines over a date are one
 * header (LinkedIn's employer over the role), which this is not.
 */
function datesUnderTitles(lines: readonly SourceLine[]): Set<number> | undefined {
  const dates = indices(lines, (l) => l.kind === "text" && l.depth === 0 && isDateOnly(l.text));
  // set apart by a blank line, a date may as well close an entry or open the next (a PDF's column of dates)
  if (dates.size < 2 || dates.has(0) || [...dates].some((i) => lines[i]!.gap)) return undefined;
  const titles = [...dates].map((i) => i - 1);
  // the title may name a year of its own ("Best Paper Award, ACL 2022")
  const isTitle = (l: SourceLine) => l.kind === "text" && l.depth === 0 && l.text.length <= 120 && !/[:：]$/.test(l.text) && !isSentence(l.text);
  const alone = (t: number) => isTitle(lines[t]!) && !dates.has(t) && (t === 0 || dates.has(t - 1) || lines[t - 1]!.kind === "bullet" || isSentence(lines[t - 1]!.text));
  // an entry whose date is on its title's line ("晨星资讯 – 前后端开发工程师 2019/06 – 2020/07") among them starts there
  return titles.every(alone) ? new Set([...titles, ...indices(lines, (l, i) => isAnchor(l) && !dates.has(i) && !dates.has(i + 1))]) : undefined;
}

/**
 * Rule (4'): entries begin at a title line after a body or a closing date, and each takes the closing date after
 * its body as its dates, with the place set under that date ("June 2020 – Present" / "College Station, TX").
 */
function datesLast(lines: readonly SourceLine[], closing: ReadonlySet<number>): SplitEntries {
  const placeUnder = new Set([...closing].map((i) => i + 1).filter((i) => lines[i] !== undefined && isLocation(lines[i]!.text)));
  const starts = indices(lines, (l, i) => {
    const prev = lines[i - 1];
    return l.kind === "text" && l.depth === 0 && isTitleLike(l.text) && !closing.has(i) && !placeUnder.has(i) && (!prev || closing.has(i - 1) || placeUnder.has(i - 1) || prev.kind === "bullet" || isSentence(prev.text));
  });
  return withClosingHeads(splitAt(lines, starts), new Set([...closing, ...placeUnder].map((i) => lines[i]!)));
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
 * Cuts `lines` at the given starts. An entry's header is its first line (through
 * the line `headThrough` names for the start, when it names one) and
 * the short lines right under it (a role under an organisation, a date line, a
 * place); the first bullet or sentence begins its body. With
 * `sentencesLoose`, a sentence after an entry's bullets is a remark about the
 * section, not part of the entry.
 */
function splitAt(lines: readonly SourceLine[], starts: ReadonlySet<number>, sentencesLoose = false, headThrough?: ReadonlyMap<number, number>): SplitEntries {
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
  if (l.kind === "subheading") return head.length === 1 && first.kind === "subheading" && !l.gap && l.depth === first.depth;
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

/** "01/2019 – heute  Softwareentwickler, Siemens AG, München": a role among the line's phrases, and an organisation's name beside it. */
function namesRoleAndEmployer(text: string): boolean {
  const phrases = withoutDates(text, ",").split(/\s*[,|·•\t]\s*|\s[—–-]\s/).filter((p) => /\p{L}/u.test(p));
  const role = phrases.findIndex((p) => ROLE_WORDS.test(p));
  return role >= 0 && phrases.some((p, i) => i !== role && ORG_WORDS.test(p) && !ROLE_WORDS.test(p));
}

/**
 * "### Journal articles" over a numbered list of papers: in a section that
 * lists items (papers, awards), sub-headings over list items only group them
 * ("### Dissertation" may hold one), the items above the first of them being
 * a group of their own. Returns those headings, when every sub-heading is one
 * and some group holds several items.
 */
export function groupHeadings(lines: readonly SourceLine[]): Set<SourceLine> {
  const heads = lines.flatMap((l, i) => (l.kind === "subheading" ? [i] : []));
  // "###in prep" over "<p>Hodson, T.O., … Title.</p>" paragraphs: where no item is a bullet, a paragraph is one, under
  // headings of a few words that name kinds of papers (a paper's own heading names it at more length)
  const paragraphs = !lines.some((l) => l.kind === "bullet") && heads.every((i) => lines[i]!.text.split(/\s+/).length <= 4);
  const isItem = (l: SourceLine) => l.depth === 0 && (l.kind === "bullet" || (paragraphs && l.kind === "text" && l.gap));
  const count = (from: number, to: number) => lines.slice(from, to).filter(isItem).length;
  const items = heads.map((at, k) => count(at + 1, heads[k + 1] ?? lines.length));
  // "- Paper one" / "- Paper two" / "### In review" / "- Paper three": the items listed before the first sub-heading are a group too
  const before = heads.length ? count(0, heads[0]!) : 0;
  // a heading left empty at the section's end ("###other publications", to be filled) groups nothing, and spoils nothing
  const filled = items.filter((n, k) => n >= 1 || heads.slice(k + 1).length > 0 || lines.slice(heads[k]! + 1).some((l) => l.text.trim()));
  const grouping = items.length > 0 && filled.every((n) => n >= 1) && (before >= 2 || items.some((n) => n >= 2));
  return grouping ? new Set(heads.map((i) => lines[i]!)) : new Set();
}

/** "Full Time:", "Part-time": a heading that names only the terms its jobs were held on, its colon aside. */
const namesTermsOfJobs = (text: string) => isEmploymentType(text.replace(/[:：]\s*$/u, ""));

import type { SourceLine } from "../../parse/source-line.js";
import { statedGrade } from "../../resume/education-text.js";
import { findDates, presentAlone, withoutDates } from "../dates.js";
import { weighPhrase } from "../evidence/phrase-evidence.js";
import { trimSeparators } from "../entry-parts.js";
import { labelsDetail, titlesDuties } from "../vocabulary.js";
import { hasDate, isDateOnly, isSentence, indices, startsWithDate } from "./lines.js";
import { isAnchor, startsBlock } from "./dated-anchors.js";

/**
 * "`2019`" ⏎ "A Vance, __D Eargle__, … “Title”" ⏎ "" ⏎ "`2017`" ⏎ "__Eargle, D.__, Galletta, D. …": where paragraphs
 * open with a date alone over what they date, most of them with no bold lead under it, the bold of one of them (the
 * owner's name in a citation) marks no entry; the dates do.
 */
export function boldApart(lines: readonly SourceLine[], starts: ReadonlySet<number>): boolean {
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
export function markedStarts(lines: readonly SourceLine[]): Set<number> {
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
export function withUnmarkedHeaders(lines: readonly SourceLine[], marked: ReadonlySet<number>): Set<number> {
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
 * over the job held now). So does a line that opens the paragraph with its dates and the title held then ("**03.2019 –
 * heute** · *Werkstudent*" ⏎ "**Kestrel GmbH, Bonn**"), as a Lebenslauf sets its column of dates first: the paragraph
 * is the entry, and the bold name under its first line is one of its parts.
 */
export function withDatesAbove(lines: readonly SourceLine[], starts: ReadonlySet<number>): Set<number> {
  return new Set(
    [...starts].map((i) => {
      const above = lines[i - 1];
      const dated = above !== undefined && (isDateOnly(above.text) || presentAlone(above.text) !== undefined || datesOpenParagraph(lines, i - 1));
      return dated && !lines[i]!.gap && !starts.has(i - 1) && above.kind === "text" && above.depth === 0 ? i - 1 : i;
    }),
  );
}

/** The line opens its paragraph with a date range and a short title after it, no sentence. */
function datesOpenParagraph(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  const range = findDates(l.text)[0];
  return (l.gap || i === 0) && range?.index === 0 && range.range === true && startsWithDate(l.text) && l.text.length <= 120 && !isSentence(l.text);
}

import { isDegreeName } from "../extract/degrees.js";
import { isEmploymentType, namesSchoolOrCompany, ROLE_WORDS } from "../extract/vocabulary.js";
import sectionTitles from "../extract/vocabulary/section-titles.json" with { type: "json" };
import { classifyTitle, isWholeTitle } from "./section-titles.js";
import { findEntryLabels } from "./entry-labels.js";
import { isDocumentTitle } from "./document-title.js";
import { isSentence } from "../extract/layout/lines.js";
import { findAdornedHeadings, type TextHeading } from "./text-adornments.js";
import type { RawLine } from "./text-lines.js";
import { findTaggedParagraphs } from "./text-man.js";
import { findOutlineHeadings } from "./text-outline.js";

/** The glyphs Japanese and other CVs set before a heading ("■職務要約"), which are bullets elsewhere. */
const HEADING_MARK = /^\s*[■□◆◇◼▼▶]/u;
/** "【職務経歴】", "[ EXPERIENCE ]": brackets round a whole title, which frame it. */
export const FRAMED = /^[【［[〔]\s*([^【】［］[\]〔〕]+?)\s*[】］\]〕]$/u;

/** The known section title a line marks or frames as a heading ("■職務経歴", "【学歴】"), or undefined. */
export function markedTitle(text: string): string | undefined {
  const t = text.trim();
  const inner = HEADING_MARK.test(t) ? t.replace(HEADING_MARK, "").trim() : FRAMED.exec(t)?.[1];
  return inner && isTitleShaped(inner) && classifyTitle(inner) !== undefined ? inner : undefined;
}

const DATE_COLUMNS = new Set(sectionTitles.dateColumns.words);

/**
 * "年 | 月 | 学歴・職歴": a history table's header row names its date columns and,
 * in the last, the section the table is (the JIS 履歴書 has no heading above
 * it); the known title is that section's heading, or undefined.
 */
export function columnHeaderTitle(text: string): string | undefined {
  const cells = text.split(/\s*\t\s*|\s+\|\s+/).map((c) => c.trim()).filter(Boolean);
  const title = cells.pop();
  if (!title || !cells.length || !cells.every((c) => DATE_COLUMNS.has(c.toLowerCase()))) return undefined;
  return classifyTitle(title) !== undefined ? title : undefined;
}

/**
 * Finds section headings in plain text, with their levels. A document written
 * in an outline markup (org, AsciiDoc) or that frames its headings (two known titles or more) between "|"
 * lines or underlines them uses that style only; otherwise a known section
 * title alone on a line is a heading, in any case and with or without a colon,
 * and an unknown title in capitals is one when the document's known headings
 * are in capitals too. Known titles in lower case count when there are two or
 * more, each after a blank line with content under it (a web page's "news",
 * "publications"), or when one is the page's only heading, but not as a run of titles, which is the page's menu.
 */
export function findTextHeadings(lines: readonly RawLine[]): Map<number, TextHeading> {
  const outline = findOutlineHeadings(lines);
  if (outline.size >= 2) return outline;
  const framed = new Map<number, TextHeading>();
  const underlined = findAdornedHeadings(lines);
  const known = new Map<number, TextHeading>();
  const caps = new Map<number, TextHeading>();
  const lower = new Map<number, TextHeading>();
  let knownInCaps = 0;
  /** Known titles with a colon that go on a block of text ("BEng Software Engineering" / "Awards:"): an entry's labels, maybe. */
  const labelsInBlock: number[] = [];
  const markedKnown = (l: RawLine) => l.kind === "bullet" && HEADING_MARK.test(l.raw) && classifyTitle(cleanTitle(l.text)) !== undefined;
  // a document that marks two known titles so marks its headings so: "■活かせる経験・知識・技術" opening a block is one too
  const marksHeadings = lines.filter(markedKnown).length >= 2;
  // "1. Dados Pessoais:" / "2. Experiência Profissional:": a document that numbers two known titles or more, each over
  // content of its own, its numbers counting up through the document, numbers its headings ("1. Leadership" / "2.
  // Research" in a row are a list's items; "1. Leadership" … "1. Languages", counted afresh, are each entry's)
  const numberedKnown = lines.filter((l, i) => isNumberedTitle(l) && !isNumbered(neighbour(lines, i, 1)) && !isNumbered(neighbour(lines, i, -1)));
  const numbers = numberedKnown.map((l) => parseInt(NUMBER.exec(l.raw)![1]!, 10));
  const countsUp = numbers.every((n, k) => k === 0 || n > numbers[k - 1]!);
  const numbersHeadings = numberedKnown.length >= 2 && countsUp ? new Set(numberedKnown) : new Set<RawLine>();
  const markedMarks = new Map<number, TextHeading>();
  const wrappedOnto = new Set<number>();
  lines.forEach((l, i) => {
    if (wrappedOnto.has(i)) return;
    const wrapped = wrappedMarginTitle(lines, i);
    if (wrapped) {
      known.set(i, wrapped);
      wrappedOnto.add(wrapped.wrapsOnto!);
      return;
    }
    // "■職務経歴", "◆ EXPERIENCE": a known title behind a square or a diamond is a heading, not a bullet
    const marked = markedKnown(l) || numbersHeadings.has(l);
    if (!marked && marksHeadings && l.kind === "bullet" && HEADING_MARK.test(l.raw) && (i === 0 || lines[i - 1]!.kind === "blank") && isTitleShaped(l.text)) {
      markedMarks.set(i, { title: cleanTitle(l.text), depth: 1 });
      return;
    }
    if ((l.kind !== "text" && !marked) || !isTitleShaped(l.text)) return;
    const title = { title: cleanTitle(l.text), depth: 1 };
    const before = neighbour(lines, i, -1);
    const after = neighbour(lines, i, 1);
    if (after?.kind === "bar" && (!before || before.kind === "bar")) framed.set(i, title);
    // "CLUB SERVICE AND" / "OUTREACH AWARD": the end of a wrapped capital name, however like a title it reads
    if (isCaps(title.title) && wrapsCapitals(lines[i - 1], l)) return;
    // "Sopra Steria" over "Stage": the terms of a job, as LinkedIn sets them under the employer, head no section
    if (isEmploymentType(title.title) && lines[i - 1]?.kind === "text") return;
    // "Résumé" over sentences, below a known title: LinkedIn's French export titles the summary with the word other CVs
    // title themselves with; no CV names itself half-way down its text
    if (known.size > 0 && isDocumentTitle(title.title) && !/\s/.test(title.title) && startsUpper(title.title) && after?.kind === "text" && isSentence(after.text)) {
      known.set(i, title);
      return;
    }
    // "Top Skills" / "Cloud Computing" / "Project Management": a title told only by a keyword ("project") in a run of
    // short items right under a title of skills, no blank line between, is an item of that list (LinkedIn's top skills)
    if (listedUnderSkills(lines, i, known) && !isWholeTitle(title.title) && !LIST_KINDS.has(classifyTitle(title.title)!)) return;
    if (classifyTitle(title.title) && startsUpper(title.title)) {
      known.set(i, title);
      if (isCaps(title.title)) knownInCaps++;
      if (/[:：]$/u.test(l.text.trim()) && lines[i - 1]?.kind === "text") labelsInBlock.push(i);
    } else if (classifyTitle(title.title) && (i === 0 || lines[i - 1]!.kind === "blank") && after && !isKnownTitle(after) && !isKnownTitle(before)) {
      // a site's lower-case headings ("news", "selected publications"), set off by a blank line; a run of them is its menu
      lower.set(i, title);
    } else if (after && mayBeCapitalHeading(lines, i, title.title)) caps.set(i, title);
  });
  // "Experience 2011 - Present" after the summary heads the jobs; "Freelance 2018 - 2020" under "Experience", a title
  // of the kind of the section it stands in, is that section's entry
  for (const i of [...known.keys()].filter((k) => datesOwnEntry(k, known))) known.delete(i);
  // "Grants & Fellowships" / "Congressional Research Grants": a line right under a heading, of its kind by a keyword
  // only, is the section's first entry (a grant, an award) whose name ends in that keyword; a section has one heading
  for (const i of [...known.keys()].filter((k) => entryUnderHeading(lines, k, known))) known.delete(i);
  // "Experience" / "  Engineer, Acme (2019 - Present)" / "    Projects": a title set deeper than the indented entry above it
  for (const i of [...known.keys()].filter((k) => nestsInEntry(lines, k, known))) known.delete(i);
  for (const i of findMarginTitles(lines, known)) if (!known.has(i)) caps.delete(i), known.set(i, { title: cleanTitle(lines[i]!.text), depth: 1 });
  // a document sets its headings in one case: under capitals, "Volunteer" alone on a line is a role, not a section
  const knownInOtherCase = [...known].filter(([, t]) => !isCaps(t.title));
  // Europass repeats each capital heading in title case under it ("PROJECTS" / "Projects"): the repeat sets no case
  const repeats = knownInOtherCase.filter(([i, t]) => known.get(neighbourIndex(lines, i, -1))?.title.toLowerCase() === t.title.toLowerCase());
  if (knownInCaps >= 2 && knownInCaps > knownInOtherCase.length - repeats.length) for (const [i] of knownInOtherCase) known.delete(i);
  // and with or without a colon: where two headings or more stand without one, "Awards:" under a degree's line, in the
  // block of text that entry is, labels the entry's prizes (a PDF's table of a school's details) and heads no section
  const withoutColon = [...known.keys()].filter((i) => !/[:：]$/u.test(lines[i]!.text.trim()));
  if (withoutColon.length >= 2) for (const i of labelsInBlock) known.delete(i);
  // "98WuG" / "|" / "geraldwu.com" / "|": a header's contacts set apart by bars that pdftotext put on lines of their own
  // (Awesome-CV's) are no framed titles; a document that frames its headings frames known titles among them
  if ([...framed.values()].filter((t) => classifyTitle(t.title) !== undefined).length >= 2) return framed;
  if (underlined.size >= 2) return underlined;
  // one page of a site ("publications" over its list, as al-folio titles its pages) has one, the only heading it has
  const lowerHeadings = lower.size >= 2 || (lower.size === 1 && known.size === 0 && underlined.size === 0);
  const found = new Map([...known, ...underlined, ...(lowerHeadings ? lower : []), ...markedMarks]);
  // a heading has content under it: a run of capital lines is a name or an entry wrapped in a sidebar
  const headsContent = (i: number) => {
    const next = nextContent(lines, i);
    return next !== undefined && !caps.has(next) && !known.has(next);
  };
  if (knownInCaps > 0) for (const [i, t] of caps) if (headsContent(i)) found.set(i, t);
  // a title found already ("Ô Skills" reads as "Skills" closely enough) keeps its level and loses its icon
  for (const [i, t] of findIconLedTitles(lines)) if (found.has(i) || headsContent(i)) found.set(i, { ...found.get(i), title: t.title, depth: found.get(i)?.depth ?? t.depth });
  for (const [i, t] of findTaggedParagraphs(lines, found)) found.set(i, t);
  for (const i of findEntryLabels(lines, found)) found.set(i, { ...found.get(i)!, entryLabel: true });
  return found;
}

/** The kinds of section a list of skills may hold as groups of its own ("Programming Languages", "Tools"). */
const LIST_KINDS = new Set(["skills", "languages"]);

/** Whether line `i` is in a run of up to five short items set straight under a title of skills, with no blank line. */
function listedUnderSkills(lines: readonly RawLine[], i: number, known: ReadonlyMap<number, TextHeading>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (known.has(k)) return classifyTitle(known.get(k)!.title) === "skills";
    const l = lines[k]!;
    if (l.kind !== "text" || l.text.trim().split(/\s+/).length > 4 || /[.:;!?]$/.test(l.text.trim())) return false;
  }
  return false;
}

/**
 * "Ô Skills", "£ Professional Experience", "e Projects": a LaTeX CV that sets an
 * icon before each section's title (\section{\faCogs\ Skills}) gives pdftotext a
 * font without Unicode, whose glyphs come out as whatever character their slot
 * holds, a letter as often as a sign. One such character before a known title
 * is that heading's icon where the document sets two titles or more so, each
 * behind a character of its own: a list's bullets ("• Research" / "• Teaching")
 * repeat theirs.
 */
function findIconLedTitles(lines: readonly RawLine[]): Map<number, TextHeading> {
  const led = new Map<number, { lead: string; title: string }>();
  lines.forEach((l, i) => {
    // (a numbered or lettered list's "1." or "a)" is its own, not an icon)
    const lead = l.kind === "bullet" ? ICON_LEAD.exec(l.raw.trim())?.[1] : l.kind === "text" ? ICON_LEAD.exec(l.text)?.[1] : undefined;
    const title = l.kind === "bullet" ? l.text.trim() : l.text.replace(ICON_LEAD, "").trim();
    if (!lead || title === l.text.trim() && l.kind === "text") return;
    if (isTitleShaped(title) && startsUpper(title) && classifyTitle(cleanTitle(title)) !== undefined) led.set(i, { lead, title: cleanTitle(title) });
  });
  const leads = [...led.values()].map((c) => c.lead);
  const own = [...led].filter(([, c]) => leads.indexOf(c.lead) === leads.lastIndexOf(c.lead));
  return new Map(own.length >= 2 ? own.map(([i, c]) => [i, { title: c.title, depth: 1 }]) : []);
}

const NUMBER = /^\s*(\d{1,2})[.)]\s/;
const isNumbered = (l: RawLine | undefined) => l?.kind === "bullet" && NUMBER.test(l.raw);

/** A numbered list's item that is a known section title alone ("2. Experiência Profissional:", "3) Education"). */
function isNumberedTitle(l: RawLine): boolean {
  return isNumbered(l) && isTitleShaped(l.text) && classifyTitle(cleanTitle(l.text)) !== undefined;
}

/** One character standing alone before the words of a line, not a digit (a list's "1 Skills" is numbered). */
const ICON_LEAD = /^([^\s\p{N}])\s+(?=\S)/u;

/**
 * An unknown title in capitals, which heads a section when the document's
 * known headings are in capitals too: not a line set in fields ("ACME CORP |
 * FELLOW", an entry) nor half of a wrapped name.
 */
function mayBeCapitalHeading(lines: readonly RawLine[], i: number, title: string): boolean {
  return mayBeCapitalTitle(title) && !wrapsCapitals(lines[i - 1], lines[i]) && !wrapsCapitals(lines[i], lines[i + 1]) && !overRole(lines[i]!, lines[i + 1]);
}

/**
 * "INESC TEC" right over "Research Assistant": an organisation in capitals over the role held there, at its margin,
 * heads an entry (a man page's "NAME" over its indented "Jane Doe - Engineer" is a heading).
 */
function overRole(line: RawLine, next: RawLine | undefined): boolean {
  return next?.kind === "text" && next.indent <= line.indent && !isCaps(next.text) && next.text.split(/\s+/).length <= 8 && ROLE_WORDS.test(next.text);
}

/** A title in capitals that names no degree, school or company, so may head a section whose title vitae does not know. */
export function mayBeCapitalTitle(title: string): boolean {
  // "SSLC" alone on a line under a school is a degree in capitals, not a section's heading
  if (!isCaps(title) || letters(title) < 4 || /\s[|·•]\s/.test(title) || isDegreeName(title) || !isTitleShaped(title)) return false;
  // "UTAH STATE UNIVERSITY", "ACME INC": an entry's name set in capitals, as templates set them, names a school or a company
  return !namesSchoolOrCompany(title);
}

/** Two capital lines with no blank between are one wrapped name ("LICENSED HAM RADIO" / "TECHNICIAN"), not a heading. */
function wrapsCapitals(first: RawLine | undefined, second: RawLine | undefined): boolean {
  return first?.kind === "text" && second?.kind === "text" && isCaps(first.text) && isCaps(second.text) && !/[.!?:]$/.test(first.text);
}

/**
 * "Experience" / "  Engineer, Acme (2019 - Present)" / "    Project Portfolio": where a text indents its entries under
 * headings at a shallower margin, a known title indented deeper still than the entry line above it labels a part of
 * that entry (its projects, its duties), not a section of the document. The entry line must itself sit deeper than a
 * heading, so that a title a PDF centred under lines at the margin keeps its place.
 */
function nestsInEntry(lines: readonly RawLine[], i: number, known: ReadonlyMap<number, TextHeading>): boolean {
  const indent = lines[i]!.indent;
  if (indent === 0) return false;
  // "Experience" centred as the document's other titles are: their peer, set where they are, not under an entry
  if ([...known.keys()].some((h) => h !== i && Math.abs(lines[h]!.indent - indent) <= 2)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.kind === "blank" || l.kind === "skip" || l.indent >= indent) continue;
    if (known.has(j) || l.kind !== "text" && l.kind !== "bullet") return false;
    return [...known.keys()].some((h) => h !== i && lines[h]!.indent < l.indent);
  }
  return false;
}

/**
 * "Experience" / "  Engineer, Acme …", "Open Source" / "  * Author of …": a text that sets its known titles at the
 * margin and everything under them indented sets its other titles so too, titles vitae does not know, in any case.
 * Two known titles or more with indented content under them show the layout; a short line at the margin with indented
 * content under it, after indented content of its own section, is then a heading.
 */
function findMarginTitles(lines: readonly RawLine[], known: ReadonlyMap<number, TextHeading>): number[] {
  const next = (i: number) => lines[nextContent(lines, i) ?? -1];
  const headsIndented = (i: number) => lines[i]!.indent === 0 && (next(i)?.indent ?? 0) > 0;
  const knownAtMargin = [...known.keys()];
  if (knownAtMargin.length < 2 || !knownAtMargin.every(headsIndented)) return [];
  const first = Math.min(...knownAtMargin);
  return lines.flatMap((l, i) => {
    if (i <= first || known.has(i) || l.kind !== "text" || !headsIndented(i) || !isTitleShaped(l.text) || !startsUpper(l.text)) return [];
    const before = lines.slice(0, i).reverse().find((b) => b.kind !== "blank" && b.kind !== "skip");
    return before && before.indent > 0 ? [i] : [];
  });
}

/** A known title, not one the vocabulary holds whole, right under a heading of the same kind with no blank line between. */
function entryUnderHeading(lines: readonly RawLine[], i: number, known: ReadonlyMap<number, TextHeading>): boolean {
  const above = known.get(i - 1);
  const title = known.get(i)!.title;
  return above !== undefined && lines[i - 1]!.kind === "text" && !isWholeTitle(title) && classifyTitle(above.title) === classifyTitle(title);
}

/** A known title with dates ("Volunteer 2015 - 2016") in a section of its own kind, where it is an entry. */
function datesOwnEntry(i: number, known: ReadonlyMap<number, TextHeading>): boolean {
  const title = known.get(i)!.title;
  if (!YEAR.test(title)) return false;
  const before = [...known.keys()].filter((k) => k < i).pop();
  return before !== undefined && classifyTitle(known.get(before)!.title) === classifyTitle(title);
}

const YEAR = /\b(19|20)\d{2}\b/;

function isKnownTitle(line: RawLine | undefined): boolean {
  return line?.kind === "text" && isTitleShaped(line.text) && classifyTitle(cleanTitle(line.text)) !== undefined;
}

/** The heading text without decoration: "== SKILLS ==", "Skills:", an icon font's glyph → "SKILLS", "Skills". */
function cleanTitle(text: string): string {
  // "【職務経歴】", "[ EXPERIENCE ]": the brackets round a whole title frame it
  return text
    // "SKILLS -------------": a rule run on from the title to the margin underlines it on its own line
    .replace(/\s+([-=_~*#])\1{2,}\s*$/u, "")
    .replace(/^[#=*\s\p{Co}]+|[#=*:：\s]+$/gu, "")
    .replace(FRAMED, "$1")
    .trim();
}

/**
 * "Journal" / "Articles", "Conference" / "Papers": a title set in a narrow margin column (res.cls, a table's first
 * column) that pdftotext gives as two lines of a word or two each, the first no title alone, together a known one.
 */
function wrappedMarginTitle(lines: readonly RawLine[], i: number): TextHeading | undefined {
  const [l, next] = [lines[i]!, lines[i + 1]];
  const short = (line: RawLine | undefined) => line?.kind === "text" && isTitleShaped(line.text) && startsUpper(cleanTitle(line.text)) && cleanTitle(line.text).split(/\s+/).length <= 2;
  if (!short(l) || !short(next) || classifyTitle(cleanTitle(l.text)) !== undefined) return undefined;
  const title = `${cleanTitle(l.text)} ${cleanTitle(next!.text)}`;
  // (a title the vocabulary holds whole: "Ubisoft" over "Stage", an employer over LinkedIn's terms, has a keyword only)
  return isWholeTitle(title) ? { title, depth: 1, wrapsOnto: i + 1 } : undefined;
}

/** Short, no sentence punctuation, no date: something a heading could be. */
function isTitleShaped(text: string): boolean {
  const t = cleanTitle(text);
  if (!t || t.length > 60 || t.split(/\s+/).length > 7) return false;
  // (a year belongs to an entry's line, unless it dates a known title as a whole: "Experience 2011 - Present")
  if (/[.!?;,]$/.test(t) || (YEAR.test(t) && classifyTitle(t) === undefined) || /@|https?:/.test(t)) return false;
  return /\p{L}/u.test(t);
}

function nextContent(lines: readonly RawLine[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "skip") return j;
  return undefined;
}

function neighbour(lines: readonly RawLine[], i: number, step: 1 | -1): RawLine | undefined {
  return lines[neighbourIndex(lines, i, step)];
}

/** The index of the nearest line with content before (-1) or after (1) line `i`; -1 when there is none. */
function neighbourIndex(lines: readonly RawLine[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "skip") return j;
  return -1;
}

const startsUpper = (t: string) => !/^\p{Ll}/u.test(t);
const letters = (t: string) => (t.match(/\p{L}/gu) ?? []).length;
const isCaps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

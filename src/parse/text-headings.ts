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
import { findIconLedTitles, findMarginTitles, nestsInEntry, wrappedMarginTitle } from "./text-layout-titles.js";
import { undecoratedTitle, FRAMED, isCaps, isKnownTitle, isTitleShaped, letters, neighbour, neighbourIndex, nextContent, startsUpper, YEAR } from "./text-title-shape.js";

/** The glyphs Japanese and other CVs set before a heading ("■職務要約"), which are bullets elsewhere. */
const HEADING_MARK = /^\s*[■□◆◇◼▼▶]/u;

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
  const markedKnown = (l: RawLine) => l.kind === "bullet" && HEADING_MARK.test(l.raw) && classifyTitle(undecoratedTitle(l.text)) !== undefined;
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
      markedMarks.set(i, { title: undecoratedTitle(l.text), depth: 1 });
      return;
    }
    if ((l.kind !== "text" && !marked) || !isTitleShaped(l.text)) return;
    const title = { title: undecoratedTitle(l.text), depth: 1 };
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
  for (const i of findMarginTitles(lines, known)) if (!known.has(i)) caps.delete(i), known.set(i, { title: undecoratedTitle(lines[i]!.text), depth: 1 });
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

const NUMBER = /^\s*(\d{1,2})[.)]\s/;
const isNumbered = (l: RawLine | undefined) => l?.kind === "bullet" && NUMBER.test(l.raw);

/** A numbered list's item that is a known section title alone ("2. Experiência Profissional:", "3) Education"). */
function isNumberedTitle(l: RawLine): boolean {
  return isNumbered(l) && isTitleShaped(l.text) && classifyTitle(undecoratedTitle(l.text)) !== undefined;
}

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

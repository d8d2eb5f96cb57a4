import { CUSTOM_KINDS, weighKeywords } from "./title-keywords.js";
import { JOINERS, beforeSelfClause, wholeTitleKind, withoutQualifier } from "./title-vocabulary.js";
import { cleanTitle, foldTitle } from "./title-text.js";
import { isDocumentTitle } from "./document-title.js";
import { isDurationLine } from "../extract/date-pattern.js";
import { findDates } from "../extract/dates.js";

/**
 * What a section holds, as its title says. Both parsers use it to recognise a
 * heading in plain text, and extraction uses it to decide how to read a
 * section. "education-work" is a title that names both ("学歴・職歴",
 * "Education & Experience"), whose entries are told apart one by one.
 */
export type SectionKind =
  | "summary"
  | "contact"
  | "work"
  | "volunteer"
  | "education"
  | "education-work"
  | "publications"
  | "patents"
  | "projects"
  | "awards"
  | "certificates"
  | "skills"
  | "languages"
  | "interests"
  | "references"
  | "talks"
  | "teaching"
  | "service"
  | "news"
  | "open-source"
  | "blogs"
  | "other"
  | "education-work";

const SPACED_JOINERS = [...JOINERS].filter((j) => /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Hangul}']+$/u.test(j));
const UNSPACED_JOINERS = [...JOINERS].filter((j) => !SPACED_JOINERS.includes(j));
/** Where a combined title splits: "&", ",", "/", "+", "・", "、" and the word "and" in each language. */
const PARTS = new RegExp(`\\s*(?:[&,/+;・·、]|\\band/or\\b)\\s*(?:(?:${SPACED_JOINERS.join("|")})\\s+)?|\\s+(?:${SPACED_JOINERS.join("|")})\\s+|${UNSPACED_JOINERS.join("|")}`, "u");
/** Where a bilingual title splits into its halves: "專案經驗 – Selected Projects", "Ausbildung | Education". */
const HALVES = /\s+[-–—|]\s+|\s*[–—]\s*/;

/** A qualifier at a title's end in angle or lenticular brackets: "<概要>", "＜概要＞", "【概要】". */
const BRACKETED_QUALIFIER = /[<＜〈【]([^<>＜＞〈〉【】]+)[>＞〉】]$/u;
/** "경력 : 5년 2개월", "Опыт работы: 3 года": a title, a colon or a dot, and a count. */
const COUNTED = /^(.+?)\s*[:：·]\s*(\S.{0,23})$/u;

const seen = new Map<string, SectionKind | undefined>();

/** What a section titled `title` holds, or undefined when the title is not a known one. */
export function classifyTitle(title: string): SectionKind | undefined {
  // the plain-text parser asks about a line and again about its neighbours; a long CV has thousands of lines
  if (seen.has(title)) return seen.get(title);
  if (seen.size > 5000) seen.clear();
  const kind = classify(title);
  seen.set(title, kind);
  return kind;
}

/** Whether `title`, cleaned of its marks, is a title the vocabulary holds whole ("기술 스택", "Experience"), not one told by a keyword. */
export function isWholeTitle(title: string): boolean {
  const clean = cleanTitle(title);
  return clean !== "" && titleKind(foldTitle(clean)) !== undefined;
}

/**
 * What a label closed by a colon ("Extensive experience: Java, C") names: only a title set apart as one names a kind
 * by its head noun after a word no keyword knows ("Undergraduate Experience").
 */
export function classifyLabel(label: string): SectionKind | undefined {
  return classify(label, false);
}

/** Whether one part of a combined title names `kind` ("어학 및 자격 사항" names certificates, though it is read as languages). */
export function titleNames(title: string, kind: SectionKind): boolean {
  return foldTitle(cleanTitle(title)).split(PARTS).filter(Boolean).some((part) => withoutQualifiers(part) === kind);
}

function classify(title: string, asTitle = !/[:：][*_\s]*$/u.test(title)): SectionKind | undefined {
  // a table's header row, or a title with a year, is an entry ("Google 2019"), unless the year dates a title the
  // vocabulary holds whole, as pandoc's plain text and many CVs date their sections ("Experience 2011 - Present")
  if (/\t/.test(title)) return undefined;
  if (/\b(?:19|20)\d\d\b/.test(title)) return datedTitleKind(title);
  // "Projects (more)": the catch-all vitae writes for what it could not read of a section holds no entries of that kind
  if (/\(more\)$/.test(title.trim())) return undefined;
  // "職務経歴(概要)": a title the vocabulary knows with its parenthetical, which here changes what the section holds
  // (a career's summary, where "職務経歴(詳細)" is the career), is that title; other parentheticals say nothing
  // ("職務経歴<概要>", "職務経歴【概要】": the qualifier in angle or lenticular brackets, as Japanese CVs set it too)
  const asWritten = titleKind(foldTitle(title.trim().replace(BRACKETED_QUALIFIER, "($1)")));
  if (asWritten && /[)）>＞〉】]$/u.test(title.trim())) return asWritten;
  const clean = cleanTitle(title);
  // "📫 Let's Connect! Feel free to reach out…": a profile page's heading may exclaim a title it knows whole, then go on
  const exclaimed = /^([^!?]+)[!?]+(?:\s|$)/u.exec(clean);
  const exclaimedKind = exclaimed ? titleKind(foldTitle(exclaimed[1]!.trim())) : undefined;
  if (exclaimedKind) return exclaimedKind;
  if (!clean || clean.length > 60 || isDocumentTitle(clean)) return undefined;
  // "山田花子 職務経歴書", "김하늘 경력기술서": a name before the document's type is the CV's own title, no section's,
  // though the type holds a section's word (職務, 경력)
  if (/\s/.test(clean) && isDocumentTitle(clean.split(/\s+/).at(-1)!)) return undefined;
  const folded = foldTitle(clean);
  const whole = titleKind(folded);
  if (whole) return whole;
  const halves = clean.split(HALVES).filter(Boolean);
  if (halves.length === 2) return halfKind(halves[0]!, halves[1]!) ?? halfKind(halves[1]!, halves[0]!);
  // keywords are weighed only in what reads as a title: one part, no "Label: value", no number
  if (halves.length > 2 || /[:：\d]/.test(clean) || !/^\p{L}/u.test(clean)) return undefined;
  return combine(weighKeywords(folded, asTitle)) ?? headBeforeSelfClause(folded, asTitle);
}

/**
 * "Projects I'm currently contributing to", "Technologies I use": a profile page's title goes on in a clause about
 * its author, which says no more of what the section holds than "my" would; the title is what comes before it.
 */
function headBeforeSelfClause(folded: string, asTitle: boolean): SectionKind | undefined {
  const head = beforeSelfClause(folded);
  return head === undefined ? undefined : (titleKind(head) ?? combine(weighKeywords(head, asTitle)));
}

/**
 * "Experience 2011 - Present", "Open Source (2022 – Present)": a title the vocabulary holds whole with the dates of
 * the whole section after it. A title told by a keyword only ("Acme Research 2019") is an entry, as is one whose
 * date comes first or in the middle.
 */
function datedTitleKind(title: string): SectionKind | undefined {
  const dates = findDates(title);
  const first = dates[0];
  if (!first || first.index === 0) return undefined;
  const last = dates[dates.length - 1]!;
  if (title.slice(last.index + last.length).replace(/[\s)\]:]+$/u, "") !== "") return undefined;
  // ("Education: 2010 - 2014" labels its one entry's dates)
  const before = title.slice(0, first.index);
  if (/[:：]\s*$/u.test(before)) return undefined;
  const words = cleanTitle(before.replace(/[\s([|,–—-]+$/u, ""));
  if (!words || /\d/.test(words)) return undefined;
  const kind = titleKind(foldTitle(words));
  // a summary or a list of skills has no dates of its own: "Highlights (2017 – 2023)" heads dated entries
  return kind && !UNDATED_KINDS.has(kind) ? kind : undefined;
}

const UNDATED_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(["summary", "contact", "skills", "languages", "interests", "references"]);

/**
 * What a heading the author set holds when its title adds, after a colon or a dot, how long the career it heads has
 * run ("## 💼 경력 : 5년 2개월", "## Опыт работы: 3 года"): what the title before the count says, as with a dash
 * ("Опыт работы — 2 года", halfKind). Not asked of a line of plain text, where "경력: 5년" is as often a detail of
 * the person's.
 */
export function countedTitleKind(title: string): SectionKind | undefined {
  const m = COUNTED.exec(cleanTitle(title));
  // (a length of time only: "Contact: +49 30 1234567", "Education: BSc 2019" say something else after the colon)
  return m && isDurationLine(m[2]!) ? titleKind(foldTitle(m[1]!)) : undefined;
}

/**
 * One half of a title in two parts names the section when the other half is
 * the same title in another script ("專案經驗 – Selected Projects") or a
 * count ("Опыт работы — 2 года"); "Acme – Volunteer" is an entry.
 */
function halfKind(half: string, other: string): SectionKind | undefined {
  const kind = titleKind(foldTitle(half));
  if (!kind) return undefined;
  const otherKind = titleKind(foldTitle(other));
  if (otherKind) return otherKind === kind ? kind : undefined;
  return /\d/.test(other) || scriptOf(half) !== scriptOf(other) ? kind : undefined;
}

const scriptOf = (text: string) => (/\p{Script=Latin}/u.test(text) ? "latin" : "other");

/** A known title, with qualifiers ("Selected Publications"), or one made of known titles ("Awards and Grants"). */
function titleKind(plain: string): SectionKind | undefined {
  const direct = withoutQualifiers(plain);
  if (direct) return direct;
  const parts = plain.split(PARTS).filter(Boolean);
  if (parts.length < 2) return undefined;
  const kinds = parts.map(withoutQualifiers);
  return kinds.every(Boolean) ? combine(kinds as SectionKind[]) : undefined;
}

function withoutQualifiers(plain: string): SectionKind | undefined {
  let candidate = plain;
  for (let i = 0; i < 3; i++) {
    const kind = wholeTitleKind(candidate);
    if (kind) return kind;
    const stripped = withoutQualifier(candidate);
    if (stripped === undefined) return undefined;
    candidate = stripped;
  }
  return undefined;
}

/**
 * One kind for a title that names several, in their order: education with work
 * is "education-work"; otherwise a kind JSON Resume has a place for wins over
 * a custom one ("Activities & Awards" holds awards), and the first one wins.
 */
function combine(kinds: readonly SectionKind[]): SectionKind | undefined {
  if (kinds.includes("education") && kinds.includes("work")) return "education-work";
  return kinds.find((k) => !CUSTOM_KINDS.has(k)) ?? kinds[0];
}

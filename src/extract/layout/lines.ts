import type { Position } from "../../diagnostics/diagnostic.js";
import type { SourceLine } from "../../parse/source-line.js";
import { findDates, withoutDates } from "../dates.js";
import { OUTCOME_WORDS } from "../date-pattern.js";
import { FILLERS, JOINERS } from "../../parse/title-vocabulary.js";
import { isEmploymentType, isLegalFormAlone } from "../vocabulary.js";

/** An entry of a section: the lines that name and date it, and the lines that describe it. */
export interface Entry {
  head: SourceLine[];
  body: SourceLine[];
  position: Position;
  /** One of several roles under an organisation dated on its own line: the organisation's dates as written. */
  organizationPeriod?: string;
  /** "* Industry" over the jobs it groups: a label and the undated lines under it, kept as written, no entry to read. */
  label?: true;
}

export interface SplitEntries {
  entries: Entry[];
  /** Lines that belong to no entry (an intro before the first one, a closing remark). */
  loose: SourceLine[];
}

/**
 * Short, capitalised, without closing punctuation: a line that can name something. The stop of a company form
 * ("TechCorp Inc.", "Aguas del Tajo S.A.") closes a name, not a sentence.
 */
export function isTitleLike(text: string): boolean {
  if (!text || text.length > 120 || text.split(/\s+/).length > 14) return false;
  return (!/[.!?;:。]$/.test(text) || endsInCompanyForm(text)) && !/^\p{Ll}/u.test(text);
}

const endsInCompanyForm = (text: string) => text.endsWith(".") && isLegalFormAlone(/[\s,]([^\s,]+)$/.exec(text)?.[1] ?? "");

const TITLE_CASED = /^\p{Lu}[\p{L}\d'’&+#.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’&+#.-]*|of|and|for|the|in|on|with|to|de|da|do|e|y|und|für)){2,7}$/u;

/** Three to eight words, each capitalised but a few small ones, with no comma or closing stop: a title ("Online Student Attendance System"), not wrapped prose. */
export const isTitleCased = (text: string) => TITLE_CASED.test(text.trim());

/** "Onboarding task", "worker classification": words in lower case after the first, other than a name's particles, as a phrase of text is written. */
export function writtenAsText(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|for|and|the|de|du|des|la|le|do|da|dos|das|del|di|von|van|der|und|et|y|e|für|an|am|im|in|at|on)$/u.test(w)) && !/[./]/.test(text);
}

/** "Role at Employer, Place": a title and the names after it, the place set apart by a comma. */
const ROLE_AT_PLACE = /\S\s+(?:at|@)\s+[^,]+,\s*\S/;

/**
 * A sentence of prose rather than a header: many words, most in lower case,
 * or a long line that ends as a sentence ends. "Berufspraktikum, TGW Logistics
 * Group, Wels." is a header that happens to end with a full stop.
 */
export function isSentence(text: string): boolean {
  // CJK prose has no spaces to count words by: a long run of it, one that ends as a sentence or one whose
  // clauses a comma sets apart is prose
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  if (cjk >= 25 || (cjk >= 12 && /[。．！？]$/.test(text)) || (cjk >= 15 && /[、，]/.test(text))) return true;
  // "set. de 2018 - dez. de 2020 · 2 anos 4 meses": the words of a date are no prose, however lower case
  const words = withoutDates(text, " ").split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // "Bachelor of Science in Economics, magna cum laude": a title's words of and in are lower case however short it is
  const content = words.filter((w) => !FILLERS.has(w.toLowerCase()) && !JOINERS.has(w.toLowerCase()));
  const lower = content.filter((w) => /^\p{Ll}/u.test(w)).length;
  // "Research Fellow in Data Science, Department of Methodology, London School of Economics and Political Science, March
  // 2018 - May 2019": a long line of capitalised names and a date, set apart by commas, names; it does not say
  if (words.length >= 14) return !(lower === 0 && words.length <= 24 && findDates(text).length > 0 && !/[.!?。]$/.test(text));
  // "Leads the payments reliability group.": a short one too, when it ends as sentences do
  if ((words.length >= 6 || (words.length >= 4 && /\p{Ll}[.!?]$/u.test(text))) && lower > content.length / 2) return true;
  // "Master of Science in Computer Sciences (MSCS), UT Austin, 2007.": names and a date closed by a stop still name,
  // and so does a job title at an employer and its place ("IT Summer Intern at Harbor Water District, Eldridge,
  // California.", as a page that dates each job on the line above writes it)
  return words.length >= 9 && /[.!?。]$/.test(text) && !(lower === 0 && (findDates(text).length > 0 || ROLE_AT_PLACE.test(text)));
}

/** A line that can be part of an entry's header: short, not a bullet, not prose. */
export function isHeaderLike(l: SourceLine): boolean {
  return (l.kind === "text" || l.kind === "subheading") && l.text.length <= 140 && !isSentence(l.text);
}

export const hasDate = (l: { text: string }) => findDates(l.text).length > 0;

/** The line without its dates and the separators they leave behind ("Acme, 2019-2021" → "Acme"). */
export function lineWithoutDates(l: SourceLine): SourceLine {
  const text = withoutDates(l.text);
  return text === l.text ? l : { ...l, text: text.replace(/[\s:,(|·–—-]+$|\(\s*\)/g, "").trim() };
}

/**
 * The line holds only a date or range, maybe with how the study or job ended after it ("2013 - 2014 - interrompida",
 * "2016 – 2018 (abgebrochen)"); not with a place after a separator ("Aug 2020 - Now / Bangalore, IN").
 */
export function isDateOnly(text: string): boolean {
  const d = findDates(text)[0];
  if (!d) return false;
  // "2016 - 2018 (удалённая работа)", "2013 (project work)": the terms the job was held on, bracketed after its dates
  const rest = text.replace(d.period, "").replace(/\(([^()]+)\)/gu, (bracketed, inner: string) => (isEmploymentType(inner) ? "" : bracketed));
  return rest.replace(OUTCOME_WORDS, "").replace(/[\s.,:()[\]|*–—-]/g, "") === "";
}

/**
 * "**Rising Star of the Year (Apr 2024)** – recognised for …": a bold name that closes on its date in brackets, the
 * name without them; the date is the entry's, read from the line as a whole, not a word of what it names.
 */
export function withoutClosingDate(name: string): string {
  const closing = /\s*[([]([^()[\]]+)[)\]]\s*$/u.exec(name);
  return closing && closing.index > 0 && isDateOnly(closing[1]!) ? name.slice(0, closing.index) : name;
}

/** The line begins with its date ("Mar 15, 2025	Our paper was accepted…", "2019-2021: Research Assistant"). */
export function startsWithDate(text: string): boolean {
  const d = findDates(text)[0];
  return d?.index === 0 && d.length < text.length;
}

/** The positions of the lines that pass `test`. */
export function indices(lines: readonly SourceLine[], test: (l: SourceLine, i: number) => boolean): Set<number> {
  return new Set(lines.flatMap((l, i) => (test(l, i) ? [i] : [])));
}

/**
 * "**Statistical software used in teaching:**" over its bullets: a line wholly in bold, however many words, is set as a
 * label of the list under it (a group's name), as no sentence that only introduces a list is.
 */
export function isBoldLabel(l: SourceLine): boolean {
  return l.lead !== undefined && l.text.startsWith(l.lead) && /^[\s:：]*$/u.test(l.text.slice(l.lead.length));
}

import words from "./vocabulary/discipline-words.json" with { type: "json" };
import { isLocation } from "./entry-parts.js";
import { isKnownTown } from "./evidence/places.js";
import { namesDegree } from "./degrees.js";
import { namesHonoursAlone } from "./honours.js";
import { SCHOOL_WORDS } from "./vocabulary.js";
import { trieSource } from "./word-trie.js";

const endingOf = (lists: Record<string, string[]>) => new RegExp(`(?:${trieSource(Object.values(lists).flat())})$`, "iu");
const ENDING = endingOf(words.endings);
// "Catalonia", "Normandie", "Reading", "Providence": endings as many places' names have, a field's only in a longer phrase
const PHRASE_ENDING = endingOf(words.endingsInPhrases);
const ONE_WORD_FIELDS = new Set(Object.values(words.words).flat());
const NOT_FIELDS = new Set(Object.values(words.notFields).flat());

/** "ENGREF Nancy", "CSAIL": initials name a school, an institute or a unit, not a field. */
const ACRONYM = /(?<![\p{L}])\p{Lu}{3,}(?![\p{Ll}])/u;
/** "UC Irvine", "MIT": a word in capitals, initials, which no field's name holds. */
const WORD_IN_CAPITALS = /(?<!\p{L})\p{Lu}{2,}(?!\p{Ll})/u;

/**
 * A phrase that names a field of study and nothing else: no school's word or initials, no degree, honour, place or
 * town. `isFieldName` judges its words (no school's, company's, role's or place's).
 */
export function namesFieldOnly(text: string, isFieldName: (text: string) => boolean): boolean {
  const bare = !SCHOOL_WORDS.test(text) && !WORD_IN_CAPITALS.test(text) && !namesDegree(text) && !namesHonoursAlone(text) && !isLocation(text);
  return bare && !text.split(/\s+/).some(isKnownTown) && isFieldName(text) && namesDiscipline(text);
}

/**
 * A field's name by its shape: its last word ends as a discipline's name does or is one ("Aerodynamic Engineering",
 * "Physics"), and no word says a campus, college, exchange or award ("Twin Cities", "Trinity Hall", "Exchange Semester").
 */
export function namesDiscipline(text: string): boolean {
  const lower = text.trim().toLowerCase().split(/\s+/);
  const last = lower.at(-1)!;
  if (lower.some((w) => NOT_FIELDS.has(w))) return false;
  return ENDING.test(last) || ONE_WORD_FIELDS.has(last) || (lower.length > 1 && PHRASE_ENDING.test(last));
}

/** A phrase of study, not a place: a field's name, or a word of a programme, an exchange or an award ("Erasmus", "Distinction"). */
export const namesStudyMatter = (text: string): boolean =>
  namesDiscipline(text) || namesHonoursAlone(text) || text.toLowerCase().split(/\s+/).some((w) => NOT_FIELDS.has(w));

/**
 * "Northmoor University, Computer Science", "2005 ~ 2009, Eastvale Polytechnic University, Aerodynamic Engineering":
 * with no degree named in the header, the last phrase after a school's comma that reads as a field of study is the
 * field, not more of the school's name, which a campus ("University of Colorado, Boulder", "Purdue University, West
 * Lafayette") or a faculty ("…, Ross School of Business") is. `isFieldName` judges the phrase's words (no school's,
 * company's, role's or place's); the phrase's shape, that a town or a college is not taken for a field.
 */
export function withFieldAfterSchool(phrase: string, isFieldName: (text: string) => boolean): string[] {
  const dashed = fieldAfterDash(phrase, isFieldName);
  if (dashed) return dashed;
  const parts = phrase.split(/,\s+/);
  const field = parts.at(-1)!.trim();
  // only the school and one phrase: a third ("Lindqvist University, Faculty of Law, Administration and Economics")
  // goes on naming a faculty, a lab or a programme, whose comma cuts no field from it
  if (parts.length !== 2 || !SCHOOL_WORDS.test(parts[0]!) || namesDegree(phrase)) return [phrase];
  return namesFieldOnly(field, isFieldName) ? [parts.slice(0, -1).join(", "), field] : [phrase];
}

/**
 * "FACTEC-SP - Engenharia da Computação", "Westmark University – Chemistry": with no degree named, a school (by its
 * words or its initials) and, after one spaced dash, a phrase that names a field of study and nothing else: the school,
 * then its field, as many Brazilian and Portuguese CVs write "Instituição - Curso".
 */
function fieldAfterDash(phrase: string, isFieldName: (text: string) => boolean): string[] | undefined {
  const parts = phrase.split(/\s+[-–—]\s+/);
  if (parts.length !== 2 || namesDegree(phrase)) return undefined;
  const [school, field] = parts.map((p) => p.trim()) as [string, string];
  const namesSchool = (SCHOOL_WORDS.test(school) || ACRONYM.test(school)) && !namesDiscipline(school);
  return namesSchool && namesFieldOnly(field, isFieldName) ? [school, field] : undefined;
}

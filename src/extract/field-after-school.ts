import words from "./vocabulary/discipline-words.json" with { type: "json" };
import { isLocation } from "./entry-parts.js";
import { isKnownTown } from "./evidence/places.js";
import { namesDegree } from "./degrees.js";
import { SCHOOL_WORDS } from "./vocabulary.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ENDING = new RegExp(`(?:${Object.values(words.endings).flat().map(escape).join("|")})$`, "iu");
const ONE_WORD_FIELDS = new Set(Object.values(words.words).flat());

/** "ENGREF Nancy", "CSAIL": initials name a school, an institute or a unit, not a field. */
const ACRONYM = /(?<![\p{L}])\p{Lu}{3,}(?![\p{Ll}])/u;
/** "Mention très honorable", "with distinction": the honour a study was given. */
const HONOURS = /^(?:mention|with|cum|magna|summa|avec|con|com)\s/iu;

/** A field's name by its shape: several words, or one that ends as a discipline's name does or is one. */
const namesDiscipline = (text: string) => /\s/.test(text) || ENDING.test(text) || ONE_WORD_FIELDS.has(text.toLowerCase());

/**
 * "Northmoor University, Computer Science", "2005 ~ 2009, Eastvale Polytechnic University, Aerodynamic Engineering":
 * with no degree named, the last phrase after a school's comma that reads as a field of study is the field, not more
 * of the school's name, which a campus ("University of Colorado, Boulder") or a faculty ("…, Ross School of Business")
 * is. `isFieldName` judges the phrase's words (no school's, company's, role's or place's); the phrase's shape, that a
 * town named in one word is not taken for a field.
 */
export function withFieldAfterSchool(phrase: string, isFieldName: (text: string) => boolean): string[] {
  const parts = phrase.split(/,\s+/);
  const field = parts.at(-1)!.trim();
  // only the school and one phrase: a third ("Lindqvist University, Faculty of Law, Administration and Economics")
  // goes on naming a faculty, a lab or a programme, whose comma cuts no field from it
  if (parts.length !== 2 || !SCHOOL_WORDS.test(parts[0]!) || SCHOOL_WORDS.test(field) || namesDegree(phrase)) return [phrase];
  const isField = isFieldName(field) && namesDiscipline(field) && !ACRONYM.test(field) && !HONOURS.test(field) && !isLocation(field) && !isKnownTown(field);
  return isField ? [parts.slice(0, -1).join(", "), field] : [phrase];
}

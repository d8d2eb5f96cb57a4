import type { Education } from "../resume/schema.js";
import { compact } from "./date-fields.js";
import { DEGREE } from "./degrees.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { SCHOOL_WORDS } from "./vocabulary.js";
import words from "./vocabulary/student-words.json" with { type: "json" };
import { eitherCase } from "./word-trie.js";

/** A capitalised word of a name, or a small word inside one ("Institute of Technology", "Arts & Sciences"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'\u2019.&+-]*`;
const SMALL = String.raw`(?:of|and|for|&|de|the)`;
/** A field of study: one to five capitalised words ("Computer Engineering", "Math & Physics"). */
const FIELD = String.raw`(${NAME_WORD}(?:\s+(?:${SMALL}\s+)?${NAME_WORD}){0,4})`;
/** A school's name: capitalised words with the small words between them. */
const SCHOOL = String.raw`(${NAME_WORD}(?:\s+(?:${SMALL}\s+)?${NAME_WORD}){0,7})`;
const NOUN = eitherCase(words.nouns);
const VERB = eitherCase(words.verbs);
/** "a Computer Engineering student at Orland University", "Studying Physics at the University of Marlow". */
const AT_SCHOOL = new RegExp(String.raw`(?:(?<![\p{L}])(?:${VERB})\s+${FIELD}|${FIELD}\s+(?:${NOUN}))\s+(?:at|@|from|of|in)\s+(?:the\s+)?${SCHOOL}`, "u");
/** "**Dunmore University** Software Engineering graduate": capitalised words, the school's first, then the noun. */
const SCHOOL_FIRST = new RegExp(String.raw`^(${NAME_WORD}(?:\s+(?:${SMALL}\s+)?${NAME_WORD}){1,10})\s+(?:${NOUN})\b`, "u");

/**
 * "a third-year Computer Engineering student at Orland University", "🎓 Studying Computer Science at the University
 * of Marlow", "Dunmore University Software Engineering graduate": a field the writer studies or studied at a school,
 * told in a profile's prose without a degree. The field must name no job ("Backend Engineer student" does not
 * happen, "Research Assistant at … University" is a job) and the school must carry a school's word.
 */
export function fieldStudiedAt(text: string): Education | undefined {
  const at = AT_SCHOOL.exec(text);
  const [field, school] = at ? [at[1] ?? at[2], at[3]?.replace(/[.’']+$/, "")] : schoolThenField(text.replace(/^[^\p{L}]+/u, ""));
  if (!field || !school || !SCHOOL_WORDS.test(school) || SCHOOL_WORDS.test(field) || DEGREE.test(field)) return undefined;
  if (roleLean(weighPhrase(field)) >= 0.3) return undefined;
  return compact({ institution: school, area: field, summary: text.trim() });
}

/** "Dunmore University Software Engineering graduate": the school up to its last school's word, the field after it. */
function schoolThenField(text: string): [field?: string, school?: string] {
  const words = SCHOOL_FIRST.exec(text)?.[1]!.split(/\s+/) ?? [];
  const last = words.map((w) => SCHOOL_WORDS.test(w)).lastIndexOf(true);
  return last > 0 && last < words.length - 1 ? [words.slice(last + 1).join(" "), words.slice(0, last + 1).join(" ")] : [];
}

/** The noun for the person who studies a field, ending the words read as the field. */
const STUDENT_NOUN_LAST = new RegExp(String.raw`\s+(?:${NOUN})$`, "u");

/** "Physics student" → "Physics": a field read up to the noun for the person who studies it ("an MS Physics student at …"). */
export function withoutStudentNoun(field: string): string {
  return field.replace(STUDENT_NOUN_LAST, "") || field;
}

import type { Education } from "../resume/schema.js";
import { allMatches } from "./all-matches.js";
import { compact, degreeDates } from "./date-fields.js";
import { findDates } from "./dates.js";
import { fieldStudiedAt, withoutStudentNoun } from "./field-studied.js";
import { withoutDecoration } from "../parse/normalize.js";
import { isSentence, startsWithDate, type Entry } from "./layout/lines.js";
import { DEGREE, parseDegree } from "./degrees.js";
import { sentenceAround, sentenceStart } from "./sentences.js";
import { SCHOOL_WORDS } from "./vocabulary.js";
import { isRegionName } from "./evidence/regions.js";
import { namesDiscipline } from "./field-after-school.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import studyVerbs from "./vocabulary/study-verbs.json" with { type: "json" };
import studentWords from "./vocabulary/student-words.json" with { type: "json" };
import { eitherCase, trieSource, vocabularyWords } from "./word-trie.js";

/** A capitalised word of a school's name, or a middle initial in it ("Harvard John A. Paulson School"). */
const NAME_WORD = "(?:\\p{Lu}\\.(?=\\s+\\p{Lu})|\\p{Lu}[\\p{L}'’&-]*)";
const PLACE = new RegExp(`\\b(?:at|from|in|of|@)\\s+(?:the\\s+)?(${NAME_WORD}(?:\\s+(?:of|and|for|de|&|the|für|des)?\\s*${NAME_WORD}){0,7})`, "gu");
const DEGREES = new RegExp(DEGREE.source, "gu");
const STATE_UNIVERSITY = /^(?:The\s+)?University\s+of\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)$/u;
/** ", Berkeley", " at Austin", " - Los Angeles": the campus after a state university's name. */
const CAMPUS = /^(?:,|\s+at|\s+[-–—])\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)\b/u;
const STUDY_VERBS = vocabularyWords(studyVerbs);
/** A word that says the writer studied somewhere ("graduated from", "studied at", "attended"), before the school it names. */
const STUDY_VERB = new RegExp(`(?<![\\p{L}])(?:${trieSource([...STUDY_VERBS, ...studentWords.attendVerbs])})(?![\\p{L}])`, "iu");
/**
 * "graduated from CMU in 2011", "a student at RIT, where …": a school named by its initials right after a word that
 * means a school, the clause going on as it goes on after a school ("graduated from IBM's bootcamp" names none).
 */
const INITIALS_AFTER_VERB = new RegExp(
  `(?<![\\p{L}])(?:${eitherCase(studentWords.schoolVerbs)})\\s+(?:the\\s+)?(\\p{Lu}{2,6})(?=\\s*(?:[,.;:()]|$)|\\s+(?:in|with|where|for|from|as|until|on)\\b)`,
  "gu",
);
/**
 * "I attend RIT, where I'm pursuing a B.S.", "I attended NVU in 2010, majoring in …": initials after a word for attending,
 * which a conference's take as well ("I attend ICML and NeurIPS", "I attended SXSW in 2019, where I gave a talk"), name a
 * school only where the clause goes straight on to what the writer studies there.
 */
const INITIALS_AFTER_ATTENDING = new RegExp(
  `(?<![\\p{L}])(?:${eitherCase(studentWords.attendVerbs)})\\s+(?:the\\s+)?(\\p{Lu}{2,6})(?=(?:\\s+in\\s+\\d{4})?,?\\s+(?:where\\s+I(?:['\u2019]m|\\s+am|\\s+was)?\\s+)?(?:${trieSource([...studentWords.verbs, ...STUDY_VERBS])})(?![\\p{L}]))`,
  "gu",
);
/** "… with a double major in computer science and math.": what was studied, up to the clause's end, cut by `fieldListed`. */
const FIELD_AFTER = new RegExp(`(?<![\\p{L}])(?:${eitherCase(studentWords.fieldAfter)})\\s+(\\p{L}[\\p{L}&/ -]*?(?:,\\s*\\p{L}[\\p{L}&/ -]*?)*)(?=\\s*(?:[.;!]|,\\s+(?:and|with|where|while)\\b|\\s+(?:from|at|with|and a minor)\\b|$))`, "u");

/**
 * "physics, chemistry and math" whole, "economics, then moved to Berlin" → "economics": the field up to its first comma,
 * and past a comma only where the words after it name a field too, as a list of fields does.
 */
function fieldListed(words: string): string {
  const [first, ...rest] = words.split(/\s*,\s*/);
  const more = rest.findIndex((part) => !namesDiscipline(part));
  return [first!, ...(more < 0 ? rest : rest.slice(0, more))].join(", ").trim();
}

/**
 * The school a stretch of prose names last, with what follows it: a name with a school's word after a preposition, or
 * initials right after a word for studying there ("I attend RIT"), which a name without a school's word needs.
 */
function schoolNamed(stretch: string): { school: string; end: number } | undefined {
  const initials = [...stretch.matchAll(INITIALS_AFTER_VERB), ...stretch.matchAll(INITIALS_AFTER_ATTENDING)]
    .map((m) => ({ school: m[1]!, end: m.index + m[0].length }))
    .sort((a, b) => a.end - b.end)
    .at(-1);
  const named = lastSchool(stretch);
  return named && (!initials || named.end > initials.end) ? named : initials;
}

/** The school a stretch of prose names last, with what follows it. */
function lastSchool(stretch: string): { school: string; end: number } | undefined {
  return [...stretch.matchAll(PLACE)].map((m) => ({ school: m[1]!.replace(/[.’']+$/, "").trim(), end: m.index + m[0].length })).filter((p) => SCHOOL_WORDS.test(p.school)).at(-1);
}

/**
 * Finds degrees told in prose: "Ph.D. candidate in Computer Science … at the
 * University of Pennsylvania", "I earned my B.S. in X in 2015 from Y", "I was a
 * Master's student at Columbia University". A degree counts only with a school
 * named after it in the same stretch of text.
 */
export function findProseEducation(text: string): Education[] {
  // a tagline's study ("CSE @ GITAM University") beside the degrees the rest of the text tells
  const tagline = studyAtSchool(text);
  const found: Education[] = tagline ? [tagline.education] : [];
  // a degree the tagline's phrase named is its study's
  const hits = allMatches(DEGREES, text).filter((hit) => !tagline || hit.index < tagline.from || hit.index >= tagline.to);
  // where the last school a degree took ends: a school named before a degree is not one an earlier degree took
  let taken = 0;
  hits.forEach((hit, k) => {
    // the school a degree names comes in its own sentence ("… a B.A. in Economics. I worked at Larkspur University" names none)
    const from = sentenceStart(text, hit.index);
    const sentence = sentenceAround(text, hit.index);
    const windowEnd = Math.min(hits[k + 1]?.index ?? text.length, hit.index + 220, text.indexOf(sentence, from) + sentence.length);
    const stretch = text.slice(hit.index, windowEnd);
    const degree = parseDegree(stretch, { prose: true });
    if (!degree) return;
    let after = stretch.slice(degree.end);
    let named = [...after.matchAll(PLACE)].map((m) => ({ school: m[1]!.replace(/[.’']+$/, "").trim(), end: m.index + m[0].length })).find((p) => SCHOOL_WORDS.test(p.school));
    if (named) taken = hit.index + degree.end + named.end;
    else {
      // "I graduated from Boston University in 2011 with a B.A. degree in …": the school before the degree, in its sentence
      const before = text.slice(Math.max(from, taken), hit.index);
      const school = schoolNamed(before);
      if (!school || !STUDY_VERB.test(before.slice(0, school.end)) || before.length - school.end > 80) return;
      named = school;
      after = before;
      taken = hit.index;
    }
    // "from the University of California, Berkeley in 2019": a state university's campus, then the year
    const state = STATE_UNIVERSITY.exec(named.school)?.[1];
    const campus = state && isRegionName(state) ? CAMPUS.exec(after.slice(named.end)) : null;
    const school = campus ? `${named.school}${campus[0]}` : named.school;
    const rest = after.slice(named.end + (campus?.[0].length ?? 0));
    const year = /^\s*,?\s*in\s+((?:19|20)\d{2})\b/.exec(after)?.[1] ?? graduationDate(rest);
    found.push(compact({ institution: school, studyType: degree.studyType, area: degree.area && withoutStudentNoun(degree.area), endDate: year, summary: sentence }));
  });
  // "a Computer Engineering student at Orland University": with no degree named, a field studied at a school
  const studying = found.length || hits.length ? undefined : (fieldStudiedAt(text) ?? fieldAfterSchool(text));
  return studying ? [studying] : found;
}

/**
 * "I graduated from CMU in 2011 with a double major in computer science and math.": with no degree named, a school
 * named after a word for studying there, then in the same sentence what was studied after words that say so.
 */
function fieldAfterSchool(text: string): Education | undefined {
  const field = FIELD_AFTER.exec(text);
  if (!field) return undefined;
  const from = sentenceStart(text, field.index);
  const before = text.slice(from, field.index);
  // with the major's words, that initials after "attended" see the clause go on to what was studied ("…, majoring in")
  const school = schoolNamed(text.slice(from, field.index + field[0].length));
  if (!school || school.end > before.length || !STUDY_VERB.test(before.slice(0, school.end))) return undefined;
  return compact({ institution: school.school, area: fieldListed(field[1]!), endDate: graduationDate(before.slice(school.end)), summary: sentenceAround(text, field.index) });
}

/**
 * "… University of Arizona in May 2018, under …", "… Santa Clara University this month (June, 2024) with …": the date
 * the words right after the school give, a month with its year or a year alone, as the study's end.
 */
function graduationDate(rest: string): string | undefined {
  const d = findDates(rest)[0];
  if (!d || d.range || d.index > 24 || /[.;]/.test(rest.slice(0, d.index))) return undefined;
  return degreeDates(d).endDate;
}

/** "CSE @ GITAM University Hyderabad · Interning @ BHEL": a profile's tagline, its phrases set apart by separators. */
const TAGLINE_PHRASES = /\s+[·•|｜]\s+|\s+[—–]\s+/;
/** "CS @ …", "Math & CS @ …", "Mathematics @ …": a field of study in up to four capitalised words, then "@" and where it is studied. */
const FIELD_AT = /^(\p{Lu}[\p{L}.]*(?:\s?(?:[&/+]|and)?\s?\p{Lu}[\p{L}.]*){0,3})\s+@\s+(\S.*)$/u;

/** A study a tagline names, and where its phrase stands in the text. */
interface TaglineStudy {
  education: Education;
  from: number;
  to: number;
}

/**
 * "CSE @ GITAM University Hyderabad", "Mathematics @ University of Waterloo", "🎓 B.Tech CSE @ Kestrel University
 * (2021-2025)", as a profile README's tagline says what its author studies and where: a field (maybe after its degree)
 * at a school (a name with a school's word; "SWE @ Google" names an employer, "Research Assistant @ … University" a
 * job), the dates in brackets after it.
 */
function studyAtSchool(text: string): TaglineStudy | undefined {
  let from = 0;
  for (const written of text.split(TAGLINE_PHRASES)) {
    const at = text.indexOf(written, from);
    from = at + written.length;
    const phrase = withoutDecoration(written.trim());
    const m = FIELD_AT.exec(phrase);
    const [school, bracket] = m ? schoolAndBracket(m[2]!) : [];
    // "Research Assistant @ MIT Media Lab" is a job there
    if (!m || !school || school.split(/\s+/).length > 8 || roleLean(weighPhrase(m[1]!)) >= 0.3) continue;
    const degree = parseDegree(m[1]!);
    // "BS Software Engineering @ HSU": a degree named first, with its field, says a school named by its initials is
    // where it is studied; a field alone needs a school's word in it ("SWE @ Google" names an employer), and so does a
    // degree's letters alone, which are as often a job's ("BA @ Deloitte", "DBA @ Oracle")
    const field = degree?.index === 0 ? m[1]!.slice(degree.end).trim() || degree.area : m[1]!;
    const initials = /^\p{Lu}{2,5}$/u.test(school);
    if (!SCHOOL_WORDS.test(school) && !(degree?.index === 0 && field && initials)) continue;
    const education = compact({ institution: school, studyType: degree?.index === 0 ? degree.studyType : undefined, area: field, ...degreeDates(bracket ? findDates(bracket)[0] : undefined), summary: phrase });
    return { education, from: at, to: at + written.length };
  }
  return undefined;
}

/** "Kestrel University (2021-2025)": the school's name, and the bracket after it. */
function schoolAndBracket(text: string): [school: string, bracket?: string] {
  const m = /^(.*?)\s*([(（][^()（）]*[)）])\s*$/u.exec(text.trim());
  return m ? [m[1]!.replace(/[.!]+$/, "").trim(), m[2]] : [text.replace(/[.!]+$/, "").trim()];
}

/**
 * "I graduated from Santa Clara University this month (June, 2024) with a Masters degree in …": an entry of an
 * education section written as one sentence tells its studies as prose does; a sentence that names no school and no
 * degree ("Currently, I am looking for full-time roles.") tells none. Undefined for an entry that is no sentence, and for
 one led by its dates ("2018-2020: **MSc in X** at Y, Z"), an entry's head that reads as one.
 */
export function studiesTold(entry: Entry): Education[] | undefined {
  const [line, ...more] = entry.head;
  if (!line || more.length || line.lead !== undefined || !isSentence(line.text) || startsWithDate(line.text)) return undefined;
  const studies = findProseEducation(line.text);
  return studies.length || !(SCHOOL_WORDS.test(line.text) || DEGREE.test(line.text)) ? studies : undefined;
}

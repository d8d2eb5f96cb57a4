/** Degree names ("Ph.D.", "B.S.", "Master of Science", "Diplom") and what follows them. */
import degrees from "./vocabulary/degrees.json" with { type: "json" };
import degreeKinds from "./vocabulary/degree-kinds.json" with { type: "json" };
import { isTownWithStateCode } from "./evidence/places.js";
import { isRegionCode } from "./evidence/regions.js";
import { opensWithStudyStatus } from "./study-status.js";
import { readSpeciality } from "./speciality.js";
import { SCHOOL_WORDS } from "./vocabulary.js";
import disciplines from "./vocabulary/discipline-words.json" with { type: "json" };
import { trieSource, escapeRegExp } from "./word-trie.js";

const DEGREE_SOURCE =
  "(?:Dr\\.\\s?(?:rer\\.\\s?nat|phil|med|ing|sc\\.\\s?techn?)\\.|Dr\\.-Ing\\.|Ph\\.?\\s?D\\.?|D\\.?\\s?Phil\\.?|Doctor [Oo]f [A-Z][a-z]+(?: [A-Z][a-z]+)?|Doctorate|" +
  "Masters? [Oo]f [A-Z][a-z]+(?: [A-Z][a-z]+)?|Bachelors? [Oo]f [A-Z][a-z]+(?: [A-Z][a-z]+)?|" +
  "[Mm]aster['’]s(?: degree)?|[Bb]achelor['’]s(?: degree)?|[Aa]ssociate['’]s(?: degree)?|[Dd]octoral degree|Masters|Bachelors|" +
  "B\\.\\s?A\\.\\s?Sc\\.?|M\\.\\s?A\\.\\s?Sc\\.?|B\\.\\s?S\\.\\s?E\\.?|M\\.\\s?S\\.\\s?E\\.?|BSE|MSE|B\\.\\s?S(?:c)?\\.?|M\\.\\s?S(?:c)?\\.?|BSc\\.?|MSc\\.?|Bsc\\.?|Msc\\.?|BS|MS|B\\.\\s?A\\.?|M\\.\\s?A\\.?|BA|MA|B\\.?\\s?Eng\\.?|M\\.?\\s?Eng\\.?|" +
  "B\\.\\s?E\\.?|M\\.\\s?E\\.?|B\\.?\\s?Tech\\.?|M\\.?\\s?Tech\\.?|MBA|M\\.?\\s?Phil\\.?|LL\\.?\\s?[BM]\\.?|J\\.D\\.?|M\\.D\\.?|" +
  "Diplôme d['’]ingénieur|Diplom(?:-[A-Z][a-z]+)?|(?:Specialist|Diploma)(?=\\s(?:degree|in|of)\\b))";

/** Degree words that begin longer names ("Master" in "Master Studium"): tried after the vocabulary's names. */
const BARE_SOURCE = "Licence|Master|Bachelor|Abitur|Baccalauréat|Doctorat|Promotion|Grado|Licenciatura|Máster|Doctorado|Laurea(?: Magistrale| Triennale)?|Mestrado|Licenciado";

/** The degree names of the vocabulary, longest first so that "Yüksek Lisans" wins over "Lisans"; after the spelled-out English forms, so that "Bachelor of Science" wins over "Bachelor". */
const NAMES = Object.entries(degrees)
  .filter(([key]) => key !== "about")
  .flatMap(([, names]) => names as string[]);
// "Pós-Graduação", "Master Of Science": a name's later words are capitalised as often as not; Russian and Ukrainian
// ones in lower case as often as not from their first letter ("Физика, магистр", "специалитет, инженер"), where an
// English "master" may be no degree
const eitherCase = (c: string) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`);
const NAMED = [...NAMES].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/ /g, "\\s").replace(/(?<=\\s|-)\p{L}|^\p{Script=Cyrillic}/gu, eitherCase));
const WHOLE_NAMES = new Set(NAMES.map((n) => n.toLowerCase()));

/** "SSLC", "ABITUR": the text is a degree name of the vocabulary and nothing else, in any case. */
export const isDegreeName = (text: string) => WHOLE_NAMES.has(text.trim().toLowerCase());

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// CJK is written without spaces: "软件工程本科" holds 本科 with no word boundary around it
const CJK_NAMED = ["博士", "硕士", "学士", "本科", ...NAMED.filter((n) => CJK.test(n))].sort((a, b) => b.length - a.length);

/** Finds a degree name anywhere in a text. */
export const DEGREE = new RegExp(
  `(?<![\\p{L}.])(?:${DEGREE_SOURCE.slice(3, -1)}|${NAMED.filter((n) => !CJK.test(n)).join("|")}|${BARE_SOURCE})(?![\\p{L}])|(?:${CJK_NAMED.join("|")})`,
  "u",
);

/** "…, Cambridge, MA", "(Medford, MA)", "Hattiesburg, MS, 2010": a town, then what may be a state's code, closed by the text's end, a bracket, a comma or a year. */
const TOWN_AND_CODE = /(^|,\s*|\(\s*)([^,()]+?),\s*(\p{Lu}{2})\.?(?=\s*(?:$|[,;)]|\d))/gu;

/**
 * True when a phrase names a degree. "Harvard University, Cambridge, MA", "(Medford, MA)", "University of Southern
 * Mississippi, Hattiesburg, MS": the code of Massachusetts or Mississippi after a town is the state's, though it spells a
 * degree's initials: a town the gazetteer knows, or any town's name set after a school or in brackets after a name
 * ("Boston College, Chestnut Hill, MA"). "Economics, MA" stays a field and its degree.
 */
export function namesDegree(text: string): boolean {
  const m = DEGREE.exec(text);
  if (!m) return readSpeciality(text) !== undefined;
  if (namesSchoolAfter(text, m)) return false;
  const left = text.replace(TOWN_AND_CODE, (whole, opening: string, town: string, code: string, at: number) => {
    const named = isTownWithStateCode(`${town}, ${code}`) || (isRegionCode(code) && /^\p{Lu}/u.test(town.trim()) && !SCHOOL_WORDS.test(town) && (opening.startsWith("(") || SCHOOL_WORDS.test(text.slice(0, at))));
    return named ? whole.slice(0, whole.lastIndexOf(code)) : whole;
  });
  return left === text || DEGREE.test(left);
}

/**
 * "Lakeview Higher Secondary School": a level of schooling before a word for a school names the school, unless "of"
 * introduces another name after that word ("PhD University of Leeds" sets the degree before the school).
 */
function namesSchoolAfter(text: string, m: RegExpExecArray): boolean {
  // (Latin words only: CJK writes the degree before the school it was taken at, "学士学位 …大学")
  const next = /^\s+(\p{Script=Latin}+)(?![\p{L}])(?!\s+(?:of|de|für)\b)/u.exec(text.slice(m.index + m[0].length));
  return next !== null && SCHOOL_WORDS.test(next[1]!) && !DEGREE.test(next[1]!);
}

export interface Degree {
  studyType: string;
  area?: string;
  /** Where the degree text starts and ends in the input. */
  index: number;
  end: number;
}

const KINDS = new Set(degreeKinds.kinds);

/**
 * "Bachelor of Psychology": a degree's level with its field after "of", where the words name no kind of degree
 * ("Bachelor of Science"). "Master of Science Informatik" names a kind, then the field: the degree is the kind's
 * name alone (`kind`), with the field read after it as after any degree.
 */
function fieldAfterLevel(name: string): { studyType: string; area: string } | { kind: string } | undefined {
  const m = /^(Bachelors?|Masters?|Doctor) [Oo]f (.+)$/.exec(name.trim());
  if (!m) return undefined;
  const words = m[2]!.split(" ");
  const kind = [2, 1].find((n) => n <= words.length && KINDS.has(words.slice(0, n).join(" ").toLowerCase()));
  if (kind === undefined) return { studyType: m[1]!, area: m[2]! };
  // "Master of Science Research" is all a kind
  const rest = words.slice(kind).join(" ");
  return rest && !KINDS.has(rest.toLowerCase()) ? { kind: `${m[1]} of ${words.slice(0, kind).join(" ")}` } : undefined;
}

/** LinkedIn restates a degree by its abbreviation, "Bachelor of Science - BS, Computer Science": two capitals at least, so "- Physics," stays the area. */
const RESTATED = /^\s+[-–—]\s+(?=(?:[a-z.]*[A-Z]){2})[A-Z][A-Za-z.]{1,5}(?=\s*(?:,|·|$)|\s+(?:in|of)\s)/;

/**
 * A lower-case word that goes on a field written in sentence case ("science" of "Computer science"), not one that says
 * where, how or with what the degree was taken ("at", "with honours", "minor", "thesis").
 */
const LOWER_FIELD_WORD = "(?!(?:at|from|with|without|by|under|on|in|to|since|until|during|via|for|and|or|graduated|minor|major|thesis|dissertation|focus|specialization|specialisation|concentration|option|track|emphasis|expected|ongoing|gpa|cgpa|grade|honou?rs|summa|magna|cum|first|second|upper|lower|class|distinction|merit|where|while|which|including|pela|pelo|par|presso|program(?:me)?|degree|course|student|candidate)(?![\\p{L}]))\\p{Ll}";

/**
 * "in English, French, and Philosophy": fields listed with commas before their last "and" ("in Scienze
 * dell'Informazione": an elided article glued to the next word links it as "of the" does); "in Computer science",
 * "in Ecology and Evolutionary biology", "em Ciência da computação": a field in sentence case goes on in lower case;
 * Dutch writes "in de" ("Bachelor in de Toegepaste Informatica"); "in Computer Science/Psychology": the fields of a
 * joint degree, set apart by a slash alone, are its field.
 */
const FIELD_AFTER_WORD = new RegExp(`^(?:in|of|en|em|de|în|in the field of|in de|in het|zum|zur|v oboru|v odbore|w zakresie|,)\\s+(?<a>[\\p{Lu}][\\p{L}&'’\\-]*(?:(?:,\\s+(?:and|&)\\s+|\\s+(?:(?:and|&|of|for|in|und|et|de(?:\\s+la)?|del|des|du|della|di|e|y|da|do|dos|das)\\s+|(?:de\\s+l|dell|dall|nell|sull|d|l)['’])?|,(?=(?:\\s+[\\p{Lu}][\\p{L}&'’\\-]*)+,?\\s+(?:and|&)\\s)\\s*|\\/(?=\\p{Lu}))(?:[\\p{Lu}]|${LOWER_FIELD_WORD})[\\p{L}&'’\\-]*){0,6})`, "u");

const LOWER_CASE_FIELD = /^(?:en|em|in|i|în)\s+(?<a>\p{Ll}[\p{L}'’\-]*(?:\s+(?!(?:à|au|aux|pela|pelo|par|presso|na|no|chez)\s)\p{Ll}[\p{L}'’\-]*){0,5})(?![\p{L}'’\-])/u;
/**
 * "PhD in biochemistry from the Novosibirsk State University", "B.S. in physics at Tomsk University": English writes a
 * field in lower case too where the school follows it, introduced by "from" or "at"; only that introducer ends it, so
 * "PhD in progress" names no field.
 */
const LOWER_CASE_FIELD_TO_SCHOOL = /^in\s+(?<a>\p{Ll}[\p{L}'’\-]*(?:\s+(?!(?:from|at)\s)\p{Ll}[\p{L}'’\-]*){0,5})(?=\s+(?:from|at)\s)/u;
/**
 * "in computer science (…)": lower-case words after "in", up to a word that says something else of the degree; "in the
 * field of" and the Dutch "in de", "in het" introduce the field as FIELD_AFTER_WORD's do.
 */
const LOWER_CASE_WORDS = new RegExp(`^(?:in the field of|in de|in het|in)\\s+(?<a>${LOWER_FIELD_WORD}[\\p{L}'’\\-]*(?:\\s+${LOWER_FIELD_WORD}[\\p{L}'’\\-]*){0,5})(?![\\p{L}'’\\-])`, "u");
/** "preparation", "cooperation": words shaped as a discipline's name that say how or when a degree is taken. */
const NOT_DISCIPLINES = new Set(Object.values(disciplines.notDisciplines).flat());
/**
 * "Honors Diploma in computer science", "BS in mechanical engineering": English writes a field in lower case where
 * nothing follows it too, and it is one when its last word is a discipline's ("… science", "… engineering"); "in
 * progress", "in preparation", "in spring" name none, nor does a word that "with" follows ("in cooperation with
 * Globex", "in collaboration with the Faculty of Law": with whom the degree was given).
 */
function lowerCaseDiscipline(rest: string): RegExpExecArray | null {
  const m = LOWER_CASE_WORDS.exec(rest);
  if (!m || !DISCIPLINE_LAST.test(m.groups!.a!) || /^\s+with(?![\p{L}])/u.test(rest.slice(m[0].length))) return null;
  return m.groups!.a!.split(/\s+/).some((w) => NOT_DISCIPLINES.has(w)) ? null : m;
}
/** A last word as a discipline's name ends ("physics", "computer science") or is one ("law", "nursing"). */
const DISCIPLINE_LAST = new RegExp(`(?:${trieSource(Object.values(disciplines.endings).flat())}|(?<![\\p{L}])(?:${trieSource(Object.values(disciplines.words).flat())}))$`, "iu");

/**
 * "Computer Engineering University of California": a field that runs into a school's name, a word for a school
 * then "of" (a description list's label and its text, which pdftotext sets one space apart), ends before it.
 */
function beforeSchool(area: string): string {
  const words = area.split(" ");
  const at = words.findIndex((w, k) => k > 0 && /^\p{Lu}/u.test(w) && SCHOOL_WORDS.test(w) && /^(?:of|de|do|da|di|del|des|für)$/.test(words[k + 1] ?? ""));
  return at > 0 ? words.slice(0, at).join(" ") : area;
}

/**
 * Reads "BS in Computer Science", "Doctor of Philosophy (High-Performance
 * Computing)", "M.Sc. Informatik": the degree, then its field after "in", in
 * parentheses, or directly after it.
 */
export function parseDegree(text: string, { prose = false } = {}): Degree | undefined {
  const speciality = readSpeciality(text);
  if (speciality) return speciality;
  const m = DEGREE.exec(text);
  if (!m) return undefined;
  if (namesSchoolAfter(text, m)) return undefined;
  const fieldNamed = fieldAfterLevel(m[0]);
  if (fieldNamed && "area" in fieldNamed) return { ...fieldNamed, index: m.index, end: m.index + m[0].length };
  const name = fieldNamed?.kind ?? m[0];
  let studyType = name.trim();
  let rest = text.slice(m.index + name.length);
  // "Advanced Studies (M.Sc) International Economics": a programme named in words no vocabulary holds, its degree's short
  // form in brackets after it, then the field; the closing bracket ends the degree, and the field follows it
  const closing = /\(\s*$/.test(text.slice(0, m.index)) ? /^\s*\)(?=\s+\p{Lu})/u.exec(rest)?.[0] : undefined;
  if (closing) {
    const after = rest.slice(closing.length);
    const field = parseDegree(`${studyType} ${after.trimStart()}`, { prose });
    // from the read text's places to the line's: the degree, then the field where it stands after the bracket
    const offset = m.index + name.length + closing.length + (after.length - after.trimStart().length) - studyType.length - 1;
    // the degree as written runs from the programme's name ("Advanced Studies (M.Sc) …"), which says what it was
    const programme = /(?:\p{Lu}[\p{L}.'’-]*\s+)*\(\s*$/u.exec(text.slice(0, m.index))!;
    if (field?.area) return { ...field, index: programme.index, end: field.end + offset };
  }
  // "Graduado como Bacharel em Sistemas…": a graduate "as" a degree holds the degree named after
  const as = /^\s+(?:como|as|als|comme|come)\s+/iu.exec(rest);
  const named = as ? m.index + name.length + as[0].length : -1;
  const then = named >= 0 && DEGREE.exec(text.slice(named))?.index === 0 ? parseDegree(text.slice(named), { prose }) : undefined;
  if (then) return { ...then, index: named + then.index, end: named + then.end };
  // "Ph.D. Candidate", "Bachelor of Science (Honours) in Physics": in a header, words that qualify the degree
  // belong to it; in prose ("a Ph.D. student at Penn") they describe the person
  // "BSc (Hons) Geography", "MSc (Distinction) Glaciology": the British honours mark or a class in brackets is the
  // degree's, not its field
  // "Master 2 MIAGE", "Licence 3 Informatique": the year of study a French degree is counted in is the degree's too
  const yearOfStudy = /^(?:Licence|Master)$/.test(name.trim()) ? /^\s*[1-3](?=\s+\p{Lu})/u.exec(rest)?.[0] : undefined;
  // "B.Sc. Hons. in Physics", "B.Sc.Hons.Coop. in Computer Science": an honours or co-op mark written without brackets
  const marks = /^\.?(?:\s*(?:Hons?|Honou?rs|Co-?op)\b\.?)+(?=\s|$|[,;(])(?!\s+(?:program(?:me)?|college|society|student)\b)/iu.exec(rest)?.[0];
  // ("a recent Ph.D. graduate in Computer Science": prose says who holds the degree as it says who studies for it)
  // ("Bachelor's Degree (Honours), Economics": the honours mark after the word "degree" is the degree's too)
  const qualifier = yearOfStudy ?? marks ?? (prose ? /^\s*graduate\b(?=\s+in\s)/iu.exec(rest)?.[0] : undefined) ?? /^\s*(?:candidate|student|degree(?:\s*\((?:Hons?\.?|Honou?rs)\))?|program(?:me)?|course)(?![\p{L}])|^\s*\([^)]{2,30}\)(?=\s+(?:in|of)\s+\p{Lu})|^\s*\((?:Hons?\.?|Honou?rs|(?:with\s+)?(?:distinction|merit|first class|upper second|lower second|2:[12])|(?:summa\s+|magna\s+)?cum laude)\)/iu.exec(rest)?.[0] ?? RESTATED.exec(rest)?.[0] ?? "";
  // "Master of Business Administration (MBA)", "Senior School Certificate Examination (SSCE)", "Master of Science
  // (M.Sc.)": the degree's initials or abbreviation in brackets after it name the degree again, not its field
  const initials = qualifier ? undefined : /^\s*\(([^()]{2,12})\)/.exec(rest);
  // (a degree's name written out in brackets, "Allgemeine Hochschulreife (Abitur)", is read as before: only abbreviations restate)
  // "Bachelor of Science (BSc)", "Master of Engineering (MEng)": a short form with two capitals or a stop restates it too
  const restates = (inBrackets: string) =>
    inBrackets === (name.match(/\p{Lu}(?=\p{Ll})/gu) ?? []).join("") ||
    ((inBrackets.includes(".") || (/^\p{Lu}\p{L}{0,4}$/u.test(inBrackets) && /\p{Lu}.*\p{Lu}/u.test(inBrackets))) && DEGREE.exec(inBrackets)?.[0].trim() === inBrackets.trim());
  const restatedInBrackets = initials && restates(initials[1]!) ? initials[0] : "";
  if (qualifier && !prose) studyType = qualifier.startsWith(".") ? `${studyType}${qualifier}` : `${studyType} ${qualifier.trim()}`;
  if (restatedInBrackets) studyType = `${studyType} ${restatedInBrackets.trim()}`;
  const skipped = (qualifier || restatedInBrackets) + /^\s*/.exec(rest.slice((qualifier || restatedInBrackets).length))![0];
  rest = rest.slice(skipped.length);
  // "B.S. and M.S. in Computer Science", "BS/MS in Physics": two degrees joined before the one field they share are
  // one study's degree, and the field after the second is theirs
  const joiner = qualifier || restatedInBrackets ? undefined : /^(?:and|&|\/|\+)\s*/u.exec(rest)?.[0];
  const other = joiner === undefined ? null : DEGREE.exec(rest.slice(joiner.length));
  const pairs = other?.index === 0 && other[0].trim() ? joiner!.length + other[0].length : 0;
  // "M.A. and Ph.D. candidate in History": a status after the second degree says it is not held, so the two are no pair
  const paired = pairs && !standsUnfinished(rest.slice(pairs)) ? pairs : 0;
  const also = paired ? rest.slice(0, paired) + /^\s*/.exec(rest.slice(paired))![0] : "";
  if (also) {
    studyType = text.slice(m.index, m.index + name.length + skipped.length + paired).trim();
    rest = rest.slice(also.length);
  }
  // "Bachelor of Laws, LL.B. (Hons.)": a degree named again after a comma names no field
  if (DEGREE.exec(rest.replace(/^[\s,:\-–—|]+/, ""))?.index === 0) return { studyType, index: m.index, end: m.index + name.length + skipped.length + also.length };
  // "BA - Linguistics", "B.E | Computer Science": the field after a separator, as after "in"
  // "Bacharel em Sistemas de Informação pela PUC-PR": the field ends where the school is introduced
  // "Kỹ sư Công nghệ thông tin, GPA: 3.2/4.0": the field ends at a comma, where the line goes on to say more, but for a
  // list of fields ("Economics, Politics and Philosophy")
  const afterSeparator = rest
    .replace(/^\s*[:\-–—|]\s*/, "")
    .replace(/\s+(?:pela|pelo|from|at|par|presso)\s+\S.*$/u, "")
    .replace(/[,;]\s(?!(?:\p{Lu}[\p{L}'’-]*,?\s)+(?:and|&)\s\p{Lu}[\p{L}'’-]*$).*$/u, "");
  const cut = rest.length - rest.replace(/^\s*[:\-–—|]\s*/, "").length;
  const found =
    /^\((?<a>[^)]{2,80})\)/.exec(rest) ??
    // "Master en informatique", "Licenciatura en administración de empresas", "Laurea in ingegneria informatica": the
    // Romance languages write a field in lower case after the degree, up to the school's introducer ("à", "pela"), and
    // so do the Scandinavian ones after "i" ("Bachelor i sosiologi", "Kandidatexamen i datavetenskap")
    (/^(?:en|em|i|în)\s/.test(rest) || /^Laurea/.test(studyType) ? LOWER_CASE_FIELD.exec(rest) : null) ??
    LOWER_CASE_FIELD_TO_SCHOOL.exec(rest) ??
    lowerCaseDiscipline(rest) ??
    // "Master, Marketing digital", "Специалист, Информатика и вычислительная техника, 2011 — 2017": "Degree, Field",
    // whose field the Romance languages and Cyrillic write in sentence case, runs to the end of its phrase
    /^,\s+(?<a>\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){1,6})(?=\s*(?:[,;(]|$))/u.exec(rest) ??
    // "магистр, прикладная математика", "magister, informatyka": a degree written in lower case has its field so too,
    // unless the field came first ("Автоматизированные системы управления, специалитет, инженер": the qualification)
    (/^\p{Ll}/u.test(studyType) && !/,\s*$/.test(text.slice(0, m.index)) ? /^,\s+(?<a>\p{Ll}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,6})(?=\s*(?:[,;(]|$))/u.exec(rest) : null) ??
    FIELD_AFTER_WORD.exec(rest) ??
    /^(?:em|en|in|w|z|na|в|по)?\s*(?<a>[\p{Lu}][\p{L}&'’\-]*(?:\s+(?:and|&|of|und|et|e|y|de|da|do|dos|das|i|и|і)?\s*[\p{Lu}\p{Ll}][\p{L}&'’\-]*){0,6})$/u.exec(afterSeparator);
  // "Ingeniero de Sistemas" names a field after "de"; "Máster de Universidad Europea" the school
  const area = /^de\s/.test(rest) && SCHOOL_WORDS.test(found?.groups?.a ?? "") ? null : found;
  const areaLength = !area ? 0 : area.input === afterSeparator ? cut + area[0].length : area[0].length;
  const whole = area?.groups?.a?.trim();
  const a = whole && area![0].trimEnd().endsWith(whole) ? beforeSchool(whole) : whole;
  const cutFromArea = whole && a !== whole ? whole.length - a!.length + area![0].length - area![0].trimEnd().length : 0;
  const end = m.index + name.length + skipped.length + also.length + areaLength - cutFromArea;
  // Chinese puts the field first: "计算机科学与技术 学士"
  const before = text.slice(0, m.index).trim();
  if (!a && /^[\p{Script=Han}]{2,20}$/u.test(before) && /\p{Script=Han}/u.test(studyType)) return { studyType, area: before, index: 0, end };
  return a ? { studyType, area: a, index: m.index, end } : { studyType, index: m.index, end };
}

/** "candidate in History", "(ongoing)": what follows a degree says it is studied for, not held. */
const standsUnfinished = (after: string): boolean => /^\s*(?:candidate|student)(?![\p{L}])/iu.test(after) || opensWithStudyStatus(after);

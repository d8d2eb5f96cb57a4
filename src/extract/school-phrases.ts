import { namesDegree, parseDegree, type Degree } from "./degrees.js";
import { isSentence } from "./layout/lines.js";
import { splitOutsideBrackets } from "./layout/split-line.js";
import { isLocation, isPlaceLine, placeAfterDash, trimSeparators, withoutClosingStop } from "./entry-parts.js";
import { LEGAL_FORM, SCHOOL_WORDS } from "./vocabulary.js";
import { CJK_TEXT, COLLEGE_FIRST, readCjkSchool } from "./evidence/cjk-school.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { isRegionName } from "./evidence/regions.js";
import { isKnownTown, isTownWithStateCode } from "./evidence/places.js";
import { countryCode } from "./contacts.js";
import { namesStudyMatter } from "./field-after-school.js";
import { endsWithHonours, schoolWithoutHonours } from "./honours.js";
import { isFieldName, CJK_STUDY_STATUS } from "./field-beside.js";
import schoolQualifiers from "./vocabulary/school-qualifiers.json" with { type: "json" };

/** "at Cooperative State University", "from the Oregon State University in": how a degree's phrase goes on to its school. */
const TO_SCHOOL = /^(?:at|from|of|an der|am|à|na|no|em|en|de|bei|w|в|pela|pelo|por la|por el|par|presso)\s+(?:the\s+|l['’])?/iu;
/** "PUC-PR", "UFRJ", "ETH": a school named by its initials, as it is after "from"/"pela" beside a degree. */
export const INITIALS = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,11}$/u;

/** A phrase that names a school and nothing else: school words, or a school's evidence above all else. */
export function isSchoolName(text: string): boolean {
  // "Université Lyon 2", "Paris 1 Panthéon-Sorbonne", "Lyon1": a number of one or two digits numbers a school; a year does not
  if (!text || /\d/.test(text.replace(/(?<=\p{L}\s?)\d{1,2}(?!\S)/gu, "")) || text.split(/\s+/).length > 10) return false;
  const e = weighPhrase(text);
  return SCHOOL_WORDS.test(text) ? e.role < 0.5 : e.school > 0.5 && e.school >= Math.max(e.org, e.role, e.place);
}

/**
 * The school told in the same phrase as the degree: after it ("B.Sc. in Physics at Cooperative State University
 * in Mannheim") or before it ("Technical University of Cluj-Napoca M.Sc. in Telecommunications").
 */
export function schoolBesideDegree(text: string, degree: Degree): { institution: string; place?: string; rest: string } | undefined {
  // a degree in brackets ("數位電子 (二專)") leaves them behind on either side
  const written = trimSeparators(text.slice(degree.end).replace(/^\s*[)）]/u, ""));
  // "한빛대학교 경영학 학사 졸업", "東京大学 工学部 学士 卒業": the word that says the degree was finished names no school
  const after = [...written].length <= 6 && CJK_STUDY_STATUS.test(written) ? "" : written;
  // "… in Königsbach-Stein", or a bare "in" where the year was taken out
  const [, named = after, place] = /^(.+?)\s+in(?:\s+(\p{Lu}[^,]*))?$/u.exec(after) ?? [];
  const introduced = trimSeparators(named.replace(TO_SCHOOL, ""));
  // "at the University of Westmark (2:1)": the class of the degree after the school is no part of its name
  const { school: named0, honours = "" } = schoolWithoutHonours(introduced);
  // "… at Westmark University (Utrecht, NL)": the place in brackets after the school is where it is, not its name
  const [, bracketed = named0, bracketPlace] = /^(.+?)\s*\(([^()]+)\)$/u.exec(named0) ?? [];
  const inBrackets = bracketPlace !== undefined && isPlaceLine(bracketPlace) && (isLocation(bracketPlace) || isKnownTown(bracketPlace));
  const school = inBrackets ? bracketed : named0;
  const before = trimSeparators(text.slice(0, degree.index).replace(/[(（]\s*$/u, ""));
  const rest = trimSeparators(place && !isPlaceLine(place) ? `${before} in ${place} ${honours}` : `${before} ${honours}`);
  if (introduced !== named && (isSchoolName(school) || INITIALS.test(school))) return { institution: school, place: inBrackets ? bracketPlace : place && isPlaceLine(place) ? place : undefined, rest };
  // "MSc(在学中): 北陸先端大学院大学 先端科学技術専攻", "MSc: ETH Zürich": the degree as the label of where it is studied
  const labelled = /^[^:：]{0,20}[:：]\s*(.+)$/u.exec(text.slice(degree.index + degree.studyType.length))?.[1]?.trim();
  if (labelled && !before && (isSchoolName(labelled) || readCjkSchool(labelled))) return { institution: labelled, rest: "" };
  if (isSchoolName(before) && !after) return { institution: before, rest: "" };
  // "硕士 中山大学 计算机学院 软件工程": a Chinese CV's degree first, then its school, college and field, set apart by spaces
  if (!before && /\s/u.test(text.slice(degree.end - 1, degree.end + 1)) && SCHOOL_WORDS.test(readCjkSchool(after)?.institution ?? "")) return { institution: after, rest: "" };
  // "2017 – Master Marketing digital, IAE Lyon": a name after the comma that closes the degree's phrase is the school
  // ("Bachelor of Science in Computer Engineering (BSCE), BYU": after the degree's initials in brackets, if it gives them)
  const initials = /^\s*\(\p{Lu}[\p{Lu}.&]{1,9}\)/u.exec(text.slice(degree.end))?.[0] ?? "";
  const tail = text.slice(degree.end + initials.length);
  const afterInitials = initials ? trimSeparators(tail) : after;
  const afterComma = /^\s*,/.test(tail) && /^\p{Lu}[^,;\d]{1,60}$/u.test(afterInitials) && afterInitials.split(/\s+/).length <= 6;
  if (afterComma && !endsWithHonours(` ${afterInitials}`) && !isLocation(afterInitials) && roleLean(weighPhrase(afterInitials)) <= 0) return { institution: afterInitials, rest: trimSeparators(`${before} ${initials.trim()}`) };
  return undefined;
}

/**
 * "北京理工大学(985) | 硕士 | 计算机学院 计算机科学与技术": beside the school's own phrase, a college set before the field
 * by a space only says where the field was taught, as it does written onto the school's name.
 */
export function withoutCollege(piece: string, i: number, all: readonly string[]): string {
  const college = COLLEGE_FIRST.exec(piece);
  const field = college ? piece.slice(college[0].length).trim() : "";
  return field && CJK_TEXT.test(field) && !SCHOOL_WORDS.test(field) && all.some((p, j) => j !== i && SCHOOL_WORDS.test(p) && !COLLEGE_FIRST.test(p)) ? field : piece;
}

/**
 * "BSc, Computer Science from the University of Hertfordshire": a phrase after the degree's that names a field, then its
 * school after "from" or "at", is two phrases, the field and the school.
 */
export function fieldAtSchool(piece: string): string[] {
  const [, field, school] = /^(\p{Lu}[^,;]*?)\s+(?:from|at)\s+(?:the\s+)?(\S.*)$/u.exec(piece) ?? [];
  return field && school && !namesDegree(piece) && !SCHOOL_WORDS.test(field) && isSchoolName(school) ? [field, school] : [piece];
}

/**
 * "University of California, Davis", "Federal Government College, Enugu", "Universidad Autónoma, Madrid": a school named
 * only by its kind, and a country or region, is one of many of that name, and the town after its comma is its campus,
 * part of its name, not where the degree was taken.
 */
export function namesCampus(institution: string, place: string, parts: readonly string[]): boolean {
  // "University of Michigan, Ann Arbor, MI": a town with its region is where the school is
  // "University of Oslo, Oslo": the town the school is named after is where it is, no campus; "University of Delhi,
  // India": nor is a country
  // "Delhi Public School, CBSE": after a name other than a state university's, a campus is a town the gazetteer knows
  const town = /^(?:The\s+)?University\s+of\s+/u.test(institution) || isKnownTown(place);
  return namesKindOnly(institution) && town && place !== kindlessWords(institution) && !place.includes(",") && countryCode(place) === undefined && parts.some((p) => p.includes(`${institution}, ${place}`));
}

/** "Federal Government College", "Universidad Autónoma", "University of Nigeria": no proper noun, only the school's kind, or a country or region. */
function namesKindOnly(school: string): boolean {
  const named = kindlessWords(school);
  // "HTBLA, Vöcklabruck": initials, though they spell a kind of school, are written as the school's name with its town apart
  return !INITIALS.test(school) && (!named || isRegionName(named) || countryCode(named) !== undefined);
}

/**
 * "University of Michigan, Ross School of Business, Ann Arbor, MI",
 * "Technical University of Munich, Munich, Germany", "EdYoda Digital
 * University, India": a town with its region or country, or a country, after
 * the school's commas is where it is. A town alone after the comma may be a
 * campus ("University of California, Berkeley"), and stays for the campus
 * rule to weigh. Phrases before the school's own ("Wymiana, Mechatronika,
 * Universidad de Zaragoza, Hiszpania") are phrases of their own. The places
 * found so are added to `places`: "Chestnut Hill, MA" after "Boston College" is
 * a place, though alone it spells a field and a degree.
 */
export function schoolPhrases(piece: string, places?: Set<string>): string[] {
  const parts = piece.split(/,\s+/);
  if (namesDegree(piece)) return [piece];
  for (const size of [3, 2, 1]) {
    const before = parts.slice(0, -size);
    const place = parts.slice(-size).join(", ");
    // "Harvard University, Cambridge, MA", "Texas A&M University, College Station, TX": a town that shares a school's
    // short name, or whose name holds a school's word, is a place after a school
    const town = (t: string) => !SCHOOL_WORDS.test(t) || isKnownTown(t.split(",")[0]!) || isTownWithStateCode(t);
    // "ENSIIE, Strasbourg, France": a known town and its named country after a short name set it apart as the school's
    // place, though the name has no school's word
    const namedCountry = parts.length > size && size >= 2 && countryCode(parts.at(-1)!) !== undefined && isKnownTown(parts.at(-size)!) && before.length === 1 && before[0]!.split(/\s+/).length <= 6;
    // "Степной государственный университет, Россия, Москва": Russian and Ukrainian CVs name the country first, as an
    // address is written there; a word after its named country is a town though no gazetteer knows it, unless it names
    // what was studied or how ("…, Germany, Informatik", "…, Россия, Экономика", "…, Spain, Erasmus", "…, UK, Distinction")
    const countryFirst = size === 2 && parts.length > size && countryCode(parts.at(-2)!) !== undefined && /^\p{Lu}[\p{Ll}-]+\.?$/u.test(parts.at(-1)!) && !SCHOOL_WORDS.test(parts.at(-1)!) && !namesStudyMatter(withoutClosingStop(parts.at(-1)!));
    // "General Assembly, Denver, CO", "gSchool, Boston, MA": a known town and its state's code after a short name too
    const townWithState = size === 2 && before.length === 1 && before[0]!.split(/\s+/).length <= 5 && isTownWithStateCode(place);
    if (parts.length > size && (SCHOOL_WORDS.test(before.join(", ")) || namedCountry || townWithState) && ((town(place) && isLocation(place)) || countryFirst || townAlone(before, place, size))) {
      // (as the header's last phrase it loses its closing stop: "…, Казахстан, Петропавловск.")
      places?.add(place).add(withoutClosingStop(place));
      // "Westmark College , Utrecht": the split at ", " leaves a space written before the comma on the school's name
      return [...fromSchool(before).map((p) => p.trim()), place];
    }
  }
  return fromSchool(parts);
}

/**
 * "Northvale University of Applied Sciences, Rotterdam", "Westmark College, Eindhoven": a town the gazetteer knows, alone
 * after the school's last comma, is where the school is, as European CVs write a school's town without its country. A
 * school named only by what kind it is ("Federal Government College, Enugu", "University of Colorado, Boulder") is one
 * of many of that name, and the town says which: it stays in the name, as does a town that names what was studied.
 */
function townAlone(before: readonly string[], place: string, size: number): boolean {
  if (size !== 1 || !/^\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(place) || !isKnownTown(place)) return false;
  return !namesKindOnly(before.at(-1)!) && !SCHOOL_WORDS.test(place) && !namesStudyMatter(place);
}

const { about: _about, functionWords, ...qualifiers } = schoolQualifiers;
const QUALIFIERS = new Set(Object.values(qualifiers).flat());
const FUNCTION_WORDS = new Set(functionWords);
/** A word that names no school apart: a school's word, a qualifier of its kind, or a function word, in any language. */
const namesNoOne = (word: string) => {
  const w = word.toLowerCase().replace(/’/g, "'");
  return FUNCTION_WORDS.has(w) || QUALIFIERS.has(w) || SCHOOL_WORDS.test(word);
};

/** "Universidad Autónoma de Colorado" → "Colorado": the words of a school's name that are not its kind's. */
function kindlessWords(school: string): string {
  return school.trim().split(/[\s-]+/).filter((w) => !namesNoOne(w)).join(" ");
}

function fromSchool(parts: readonly string[]): string[] {
  const from = parts.findIndex((p) => SCHOOL_WORDS.test(p));
  // a sentence or a labelled list that names a school somewhere is not a header's phrases
  const phrases = parts.slice(0, Math.max(from, 0)).every((p) => p.split(/\s+/).length <= 8 && !/[.:：]\s/u.test(p));
  const joined = from > 0 && phrases && !/[.:：]\s/u.test(parts[from]!) ? [...parts.slice(0, from), parts.slice(from).join(", ")] : [parts.join(", ")];
  return joined;
}

/**
 * "Systemvetenskap - Umeå universitet", "DevOps Engineer - Chas Academy, Stockholm": a field or programme, then its school
 * after a spaced hyphen; a school first is one name with its campus after the hyphen ("University of Colorado - Boulder").
 */
function fieldBesideSchool(text: string): string[] | undefined {
  const parts = text.split(/\s+-\s+/);
  if (parts.length !== 2) return undefined;
  const [field, school] = parts as [string, string];
  return isSchoolName(school) && !SCHOOL_WORDS.test(field) && !isSchoolName(field) && !isLocation(field) ? parts : undefined;
}

/**
 * "Studium der Informatik an der Technischen Universität München", "Ausbildung zum Industriekaufmann bei der Nordwerk
 * AG", "Studie aan de Hogeschool Utrecht": German and Dutch name the school (or the firm that trains) after "an der",
 * "bei der", "aan de", what was studied before it ("Studium der Informatik" is Informatik; "Studium" alone no field).
 */
const AT_SCHOOL = /^(.+?)\s+(?:an der|an dem|am|bei der|beim|bei|aan de|aan het)\s+(\p{Lu}\S*(?:\s+\S+){0,8})$/u;
const STUDIES = /^(?:studium|studiengang|studie|opleiding)(?:\s+(?:der|des|in)\s+|$)/iu;

/**
 * "Licence Mono-Informatique à l’Université de Lyon", "Master DAC au Conservatoire national": French names the school
 * after "à" (elided before a vowel, "à l’") or "au", where a school is named: "Formation à Python" and "Formation à
 * l’Anglais des affaires" name a subject there.
 */
const À_SCHOOL = /^(.+?)\s+(?:à|au)\s+(?:l['’])?(\p{Lu}\S*(?:\s+\S+){0,8})$/u;

function studiedAtSchool(phrase: string): string[] | undefined {
  const fr = À_SCHOOL.exec(phrase.trim());
  if (fr && isSchoolName(fr[2]!)) return [fr[1]!, fr[2]!];
  const m = AT_SCHOOL.exec(phrase.trim());
  if (!m) return undefined;
  const studied = m[1]!.replace(STUDIES, "").trim();
  return studied ? [studied, m[2]!] : [m[2]!];
}

/** A header phrase cut where it joins a degree or a field to its school. */
export function degreeAndSchool(phrase: string): string[] {
  const atSchool = studiedAtSchool(phrase);
  if (atSchool) return atSchool.flatMap(degreeAndSchool);
  // ("**PhD in statistics** -- UCLouvain": the double hyphen a Markdown source writes for the dash, which pandoc sets as one)
  const dashed = phrase.split(/\s+(?:[–—]|-{2,3})\s+/);
  // "UFES — Engenharia de Produção", "UFMG — Ciência da Computação": a school written by its initials, then its field
  const initialsFirst = dashed.length === 2 && INITIALS.test(dashed[0]!) && !INITIALS.test(dashed[1]!);
  if (!namesDegree(phrase)) return fieldBesideSchool(phrase) ?? (dashed.some(isSchoolName) || initialsFirst ? dashed : [phrase]);
  // "Lehre zum Mechatroniker, Inocon Technologie GmbH, Attnang-Puchheim.": a degree beside where it was taken
  // "Bachelor of Science in Computer Science @ Anna University", "Licenciatura en Informática - Universidad de Chile": a degree at its school
  const cut = cutKeepingTowns(phrase);
  return SCHOOL_WORDS.test(phrase) || LEGAL_FORM.test(phrase) || schoolBeforePlace(cut) ? cut.flatMap(schoolAfterField) : dashed;
}

/**
 * "BSc. Biotechnology, NUI Galway, Galway, 2.1", as moderncv's `\cventry` sets a degree with its field, its school,
 * its town and its grade: a short name between the degree's phrase and a town is the school, though it holds no
 * school's word. The town is one the gazetteer knows, or one word that closes the phrases or comes before the grade
 * alone.
 */
function schoolBeforePlace(parts: readonly string[]): boolean {
  const [degree, name, place, ...rest] = parts;
  if (!degree || !name || !place || !namesDegree(degree) || parseDegree(degree)?.area === undefined || namesDegree(name)) return false;
  const town = isLocation(place) || weighPhrase(place).place >= 0.9 || (/^\p{Lu}[\p{L}'’-]+$/u.test(place) && rest.every((p) => /^[\d.,/%]+$/.test(p)));
  return town && /^\p{Lu}[^\d]{1,40}$/u.test(name) && name.split(/\s+/).length <= 5 && !isLocation(name) && weighPhrase(name).place < 0.9 && roleLean(weighPhrase(name)) <= 0;
}

/** "Bachelor of Science in Computer Engineering University of California": the school that follows the degree's field with no separator. */
function schoolAfterField(part: string): string[] {
  const degree = namesDegree(part) ? parseDegree(part) : undefined;
  // "Bachelor of Arts in History. University of Westmark.": or as the sentence after the degree's
  const after = degree ? part.slice(degree.end).replace(/^\s*\.\s+(?=\p{Lu})/u, "").replace(/\.$/u, "").trim() : "";
  // a school introduced ("at Acme University", "pela PUC-PR", ": 東京大学") is read where the degree is
  return degree && /^\p{Lu}/u.test(after) && isSchoolName(after) ? [part.slice(0, degree.end).trim(), after] : [part];
}

/** A phrase cut at its commas and dashes, a town and its state's code ("College Station, TX") kept together. */
function cutKeepingTowns(phrase: string): string[] {
  // "PhD in Physics at Westmark University (Utrecht, NL)": a comma in brackets parts no phrases
  return splitOutsideBrackets(phrase, /,\s+|;\s+|\s+(?:[–—|@]|-{1,3})\s+/).reduce<string[]>((parts, part) => {
    const town = parts.at(-1);
    if (town !== undefined && isTownWithStateCode(`${town}, ${part}`)) parts[parts.length - 1] = `${town}, ${part}`;
    else parts.push(part);
    return parts;
  }, []);
}

/** "Michigan State University, Eli Broad College of Business – East Lansing, MI": a line naming a school first, and its place. */
export function schoolWithPlace(text: string): { school: string; place?: string } | undefined {
  const phrases = placeAfterDash(text) ?? schoolPhrases(text.trim());
  // "FCEFyN, Universidad Nacional de San Juan, Argentina", "Department of Geology, University of …, UK": a faculty or
  // department before the school it belongs to is part of the school's name (a field there would be the degree's)
  const unitFirst = (p: string) => INITIALS.test(p) || /^(?=\S*\p{Lu}\S*\p{Lu})\S+$/u.test(p) || (p.split(/\s+/).length <= 6 && !isFieldName(p) && !isLocation(p) && !SCHOOL_WORDS.test(p));
  const unit = phrases.length >= 3 && unitFirst(phrases[0]!) && SCHOOL_WORDS.test(phrases[1]!) ? 1 : 0;
  const school = phrases.slice(0, unit + 1).join(", ");
  const place = phrases[unit + 1];
  return SCHOOL_WORDS.test(school.split(/,\s+/)[unit]!) && !namesDegree(school) && !isSentence(school) ? { school, place } : undefined;
}

/**
 * The bold lead of a header as its school, unless it names the degree ("2014 - 2019" / ": **PhD in Geophysics**," /
 * "_University of …_"); a degree's word in its brackets ("**Centro Universitário do Vale (Univale MS)**", "**Lycée
 * Rivière (bilingual Highschool Diploma)**") says what the school gives, and a school's word names a school.
 */
export const leadSchool = (lead: string | undefined) => (lead && (!namesDegree(lead.replace(/\([^)]*\)/g, " ")) || SCHOOL_WORDS.test(lead)) ? lead : undefined);

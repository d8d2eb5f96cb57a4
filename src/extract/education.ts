import { degreeOf, isBareGrade, statedGrade } from "../resume/education-text.js";
import type { Education } from "../resume/schema.js";
import { compact, degreeDates } from "./date-fields.js";
import { DEGREE, namesDegree, parseDegree, type Degree } from "./degrees.js";
import type { SourceLine } from "../parse/source-line.js";
import { hasDate, isDateOnly, isSentence, type Entry } from "./layout/lines.js";
import { isLocation, isPlaceLine, placeAfterDash, readBody, readHead, trimSeparators, withoutClosingStop } from "./entry-parts.js";
import { LEGAL_FORM, SCHOOL_COMPOUND, SCHOOL_WORDS } from "./vocabulary.js";
import { splitOutsideBrackets } from "./layout/head-phrases.js";
import { CJK_TEXT, COLLEGE_FIRST, readCjkSchool, withoutSchoolTiers } from "./evidence/cjk-school.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { isRegionName } from "./evidence/regions.js";
import { isKnownTown, isTownWithStateCode } from "./evidence/places.js";
import { countryCode } from "./contacts.js";
import { findDates, headerLineDates, withoutDates } from "./dates.js";
import { withoutSchoolLabel } from "./school-label.js";
import { namesStudyMatter, withFieldAfterSchool } from "./field-after-school.js";
import { withStudyStatusApart } from "./study-status.js";
import { endsWithHonours, withoutHonours } from "./honours.js";


/** Said of a graduation date still to come, which the date itself shows. */
const EXPECTED = /^(?:expected|anticipated|exp\.|voraussichtlich|prévu|previsto)$/i;

/**
 * A phrase that can name a field of study: capitalised, a few words, no digit,
 * no school, organisation, role or place words, not a region code.
 */
function isFieldName(text: string): boolean {
  const t = text.trim();
  if (CJK_TEXT.test(t)) return isCjkField(t);
  if (!/^\p{Lu}/u.test(t) || /\d|[:：]/.test(t) || t.split(/\s+/).length > 8 || /^[\p{Lu}]{2,3}$/u.test(t) || EXPECTED.test(t)) return false;
  // "Abitur, Lessinggymnasium Nordstadt": a school named in one compound word is no field
  if (t.split(/\s+/).some((w) => SCHOOL_COMPOUND.test(w))) return false;
  const e = weighPhrase(t);
  return e.org === 0 && e.school === 0 && e.role < 0.5 && e.place === 0 && e.degree === 0;
}

/** "最終学歴", "在学中", "卒業見込", "毕业", "재학": what a CJK CV says of the study's stage, not its field. */
const CJK_STUDY_STATUS = /学歴|学历|學歷|在学|在學|在读|在讀|卒業|修了|入学|入學|中退|退学|休学|見込|毕业|畢業|肄业|졸업|재학|입학|수료|휴학/u;
/** The words that end the name of a faculty, department or major: "学部", "学科", "専攻", "专业", "학과", "전공". */
const CJK_FIELD_END = /(?:学部|学科|専攻|研究科|专业|專業|학과|학부|전공)$/u;

/**
 * "计算机科学与技术", "情報工学専攻", "컴퓨터공학과": a field of study in CJK
 * scripts, which have no capitals to go by, is a short phrase that names no
 * school, company, role or degree (its "技术" may weigh as a company's word
 * elsewhere, but no company form is in it).
 */
function isCjkField(text: string): boolean {
  const e = weighPhrase(text);
  // "異文化コミュニケーション学部・学科": a faculty's or department's own word at the end allows a longer name
  return [...text].length <= (CJK_FIELD_END.test(text) ? 24 : 16) && !CJK_STUDY_STATUS.test(text) && !SCHOOL_WORDS.test(text) && !LEGAL_FORM.test(text) && e.school === 0 && e.degree === 0 && e.role < 0.5 && e.place === 0;
}

/**
 * Which of the header's other pieces names the field: one that reads as a field anywhere, else the piece right
 * after the degree's phrase, else the one right before it ("Computer Science - Games Engineering, BSc").
 */
function fieldPiece(others: readonly string[], pieces: readonly string[], degreeText: string | undefined, institution: string | undefined): number {
  const named = others.findIndex((p) => isFieldName(withoutHonours(p).field));
  // "Universidade Federal de Pernambuco — Ciência da Computação", "Wymiana, Mechatronika, Universidad de Zaragoza": with no
  // degree named, the phrase beside a school that says it is one, before any other
  const school = degreeText === undefined && institution !== undefined && SCHOOL_WORDS.test(institution) ? institution : undefined;
  if (school !== undefined) {
    const besideSchool = pieceBeside(others, pieces, school);
    return besideSchool >= 0 ? besideSchool : named;
  }
  return named >= 0 || degreeText === undefined ? named : pieceBeside(others, pieces, degreeText);
}

/** Which of `others` is the field right after `piece` in the header, or right before it. */
function pieceBeside(others: readonly string[], pieces: readonly string[], piece: string): number {
  const at = pieces.indexOf(piece);
  for (const beside of [pieces[at + 1], pieces[at - 1]]) {
    const k = beside === undefined ? -1 : others.indexOf(beside);
    if (k >= 0 && isFieldBeside(withoutHonours(beside!).field)) return k;
  }
  return -1;
}

/** The field set beside the degree on a line of its own ("Computer Science - Games Engineering, BSc; 2019."). */
function fieldBesideOnLine(text: string, degree: Degree | undefined): string | undefined {
  if (!degree) return undefined;
  const pieces = withoutDates(text).split(/\s*[,;]\s*/).map(trimSeparators).filter(Boolean);
  const at = pieces.findIndex((p) => namesDegree(p));
  return [pieces[at - 1], pieces[at + 1]].find((p) => p !== undefined && isFieldBeside(withoutHonours(p).field));
}

/** Beside a degree, a field may hold words that elsewhere lean to an organisation ("Information Technology"), but no school, place or company. */
function isFieldBeside(text: string): boolean {
  const t = text.trim();
  // "光学工程, 硕士研究生": CJK scripts have no capitals to go by
  if (CJK_TEXT.test(t)) return isCjkField(t);
  if (!/^\p{Lu}/u.test(t) || /\d|[:：]/.test(t) || /^[\p{Lu}]{2,3}$/u.test(t) || t.split(/\s+/).length > 8 || LEGAL_FORM.test(t) || SCHOOL_WORDS.test(t) || isLocation(t)) return false;
  const e = weighPhrase(t);
  return e.school === 0 && e.place === 0 && e.degree === 0 && e.role < 0.5;
}

/** "at Cooperative State University", "from the Oregon State University in": how a degree's phrase goes on to its school. */
const TO_SCHOOL = /^(?:at|from|of|an der|am|à|na|no|em|en|de|bei|w|в|pela|pelo|por la|por el|par|presso)\s+(?:the\s+|l['’])?/iu;
/** "PUC-PR", "UFRJ", "ETH": a school named by its initials, as it is after "from"/"pela" beside a degree. */
const INITIALS = /^\p{Lu}[\p{Lu}\p{N}&.-]{1,11}$/u;

/** A phrase that names a school and nothing else: school words, or a school's evidence above all else. */
function isSchoolName(text: string): boolean {
  // "Université Lyon 2", "Paris 1 Panthéon-Sorbonne", "Lyon1": a number of one or two digits numbers a school; a year does not
  if (!text || /\d/.test(text.replace(/(?<=\p{L}\s?)\d{1,2}(?!\S)/gu, "")) || text.split(/\s+/).length > 10) return false;
  const e = weighPhrase(text);
  return SCHOOL_WORDS.test(text) ? e.role < 0.5 : e.school > 0.5 && e.school >= Math.max(e.org, e.role, e.place);
}

/**
 * The school told in the same phrase as the degree: after it ("B.Sc. in Physics at Cooperative State University
 * in Mannheim") or before it ("Technical University of Cluj-Napoca M.Sc. in Telecommunications").
 */
function schoolBesideDegree(text: string, degree: Degree): { institution: string; place?: string; rest: string } | undefined {
  // a degree in brackets ("數位電子 (二專)") leaves them behind on either side
  const written = trimSeparators(text.slice(degree.end).replace(/^\s*[)）]/u, ""));
  // "한빛대학교 경영학 학사 졸업", "東京大学 工学部 学士 卒業": the word that says the degree was finished names no school
  const after = [...written].length <= 6 && CJK_STUDY_STATUS.test(written) ? "" : written;
  // "… in Königsbach-Stein", or a bare "in" where the year was taken out
  const [, named = after, place] = /^(.+?)\s+in(?:\s+(\p{Lu}[^,]*))?$/u.exec(after) ?? [];
  const school = trimSeparators(named.replace(TO_SCHOOL, ""));
  const before = trimSeparators(text.slice(0, degree.index).replace(/[(（]\s*$/u, ""));
  if (school !== named && (isSchoolName(school) || INITIALS.test(school))) return { institution: school, place: place && isPlaceLine(place) ? place : undefined, rest: place && !isPlaceLine(place) ? trimSeparators(`${before} in ${place}`) : before };
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
function withoutCollege(piece: string, i: number, all: readonly string[]): string {
  const college = COLLEGE_FIRST.exec(piece);
  const field = college ? piece.slice(college[0].length).trim() : "";
  return field && CJK_TEXT.test(field) && !SCHOOL_WORDS.test(field) && all.some((p, j) => j !== i && SCHOOL_WORDS.test(p) && !COLLEGE_FIRST.test(p)) ? field : piece;
}

/**
 * "BSc, Computer Science from the University of Hertfordshire": a phrase after the degree's that names a field, then its
 * school after "from" or "at", is two phrases, the field and the school.
 */
function fieldAtSchool(piece: string): string[] {
  const [, field, school] = /^(\p{Lu}[^,;]*?)\s+(?:from|at)\s+(?:the\s+)?(\S.*)$/u.exec(piece) ?? [];
  return field && school && !namesDegree(piece) && !SCHOOL_WORDS.test(field) && isSchoolName(school) ? [field, school] : [piece];
}

/**
 * "University of California, Davis", "University of Wisconsin, Madison": a state's university names its campus after
 * the comma, as part of its name, not as where the degree was taken.
 */
function namesCampus(institution: string, place: string, parts: readonly string[]): boolean {
  const state = /^(?:The\s+)?University\s+of\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)$/u.exec(institution)?.[1];
  // "University of Michigan, Ann Arbor, MI": a town with its region is where the school is
  // "University of Oslo, Oslo": the town the school is named after is where it is, no campus; "University of Delhi,
  // India": nor is a country
  return state !== undefined && isRegionName(state) && place !== state && !place.includes(",") && countryCode(place) === undefined && parts.some((p) => p.includes(`${institution}, ${place}`));
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
function schoolPhrases(piece: string, places?: Set<string>): string[] {
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
    if (parts.length > size && (SCHOOL_WORDS.test(before.join(", ")) || namedCountry) && ((town(place) && isLocation(place)) || countryFirst)) {
      // (as the header's last phrase it loses its closing stop: "…, Казахстан, Петропавловск.")
      places?.add(place).add(withoutClosingStop(place));
      return [...fromSchool(before), place];
    }
  }
  return fromSchool(parts);
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
function degreeAndSchool(phrase: string): string[] {
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
  const after = degree ? part.slice(degree.end).trim() : "";
  // a school introduced ("at Acme University", "pela PUC-PR", ": 東京大学") is read where the degree is
  return degree && /^\p{Lu}/u.test(after) && isSchoolName(after) ? [part.slice(0, degree.end).trim(), after] : [part];
}

/** A phrase cut at its commas and dashes, a town and its state's code ("College Station, TX") kept together. */
function cutKeepingTowns(phrase: string): string[] {
  return phrase.split(/,\s+|;\s+|\s+(?:[–—|@]|-{1,3})\s+/).reduce<string[]>((parts, part) => {
    const town = parts.at(-1);
    if (town !== undefined && isTownWithStateCode(`${town}, ${part}`)) parts[parts.length - 1] = `${town}, ${part}`;
    else parts.push(part);
    return parts;
  }, []);
}

/** "Michigan State University, Eli Broad College of Business – East Lansing, MI": a line naming a school first, and its place. */
function schoolWithPlace(text: string): { school: string; place?: string } | undefined {
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
const leadSchool = (lead: string | undefined) => (lead && (!namesDegree(lead.replace(/\([^)]*\)/g, " ")) || SCHOOL_WORDS.test(lead)) ? lead : undefined);

/** "卒業年月: 2015年03月", "Graduation: May 2026": a short label before a date and nothing else. */
const isLabelledDate = (text: string) => isDateOnly(/^[^:：\d]{1,24}[:：]\s*(\S.*)$/u.exec(text)?.[1] ?? "");


/** Reads an education entry: school, degree and field, dates, grade, and what else is said. */
export function toEducation(entry: Entry): Education {
  /** The places read after a school's commas. */
  const afterSchool = new Set<string>();
  const head = readHead(entry);
  // "**울산대학교 | 디지털콘텐츠디자인 전공**": a bold lead holding the header's own separators is several phrases
  const headPieces = (head.lead ? [...head.lead.split(/\s+\|\s+/), ...head.parts] : head.parts).map(withStudyStatusApart);
  // the statuses bracketed after the school ("(cursando)", "(expected)") are said with the entry, and are no piece of
  // the header that could be read as its field or place, nor dropped as a date's word
  const statuses = headPieces.flatMap((p) => p.slice(1));
  // "### University of Cambridge, Trinity Hall" over "PhD in Mathematics, 2015 – 2019": where a degree is named, in the
  // header or on the line under it, a phrase after the school's comma is its college or campus, not a field left unnamed
  const degreeNamed = [...headPieces.map(([p]) => p!), entry.body[0]?.text ?? ""].some((p) => namesDegree(p));
  const pieces = headPieces
    .map(([p]) => p!)
    .flatMap(degreeAndSchool)
    // "Angewandte Informatik · 4. Semester": a middle dot between spaces sets a header's phrases apart as a bar does,
    // outside brackets ("华东师范大学（985 · 保研）"); a school's tier in brackets names neither it nor a field
    .flatMap((p) => splitOutsideBrackets(withoutSchoolTiers(p), /\s+·\s+/))
    // "University of Michigan, Ross School of Business, Ann Arbor, MI": the place after the school's commas
    .flatMap((p) => schoolPhrases(p, afterSchool))
    .flatMap((p) => (degreeNamed ? [p] : withFieldAfterSchool(p, isFieldName)))
    .flatMap(fieldAtSchool)
    .map(withoutCollege)
    .map((p, i, all) => (i === all.length - 1 ? withoutClosingStop(p) : p));
  // "Ann Arbor, MI — B.S.E. in Computer Science": the place beside the degree
  // "Degree, School, Wels": a town no gazetteer knows is a place when it closes, in one word, a header of three phrases or more
  // ("AA – Spanish" under "Northshore Community College": a word right after the degree is its field, not a town)
  const isPlace = (p: string, i: number) => isLocation(p) || (i === pieces.length - 1 && i >= 2 && !namesDegree(pieces[i - 1]!) && /^\p{Lu}[\p{L}-]+$/u.test(p) && isPlaceLine(p) && weighPhrase(p).org === 0);
  const placeAt = head.location ? -1 : pieces.findIndex((p, i) => afterSchool.has(p) || (!namesDegree(p) && (!SCHOOL_WORDS.test(p) || isTownWithStateCode(p)) && isPlace(p, i)));
  let place = placeAt >= 0 ? pieces.splice(placeAt, 1)[0] : head.location;
  // "**PhD in statistics** -- UCLouvain, Belgium": beside a degree and no school, a place whose first part no gazetteer
  // knows as a town names the school in its country
  const inCountry = placeAt >= 0 && pieces.some((p) => namesDegree(p)) && !pieces.some((p) => SCHOOL_WORDS.test(p) && !namesDegree(p)) ? /^([^,]+),\s+([^,]+)$/.exec(place!) : null;
  if (inCountry && !isKnownTown(inCountry[1]!) && countryCode(inCountry[2]!) !== undefined) {
    pieces.splice(placeAt, 0, inCountry[1]!);
    place = inCountry[2]!;
  }
  // a school named without "University"/"Institute" ("IIT Madras", "ETH Zürich") is the piece that is not the degree
  // "東南科技大學 數位電子 (二專) — 第一名畢業": the phrase with the degree names the school too
  const schoolAndDegree = pieces.find((p) => SCHOOL_WORDS.test(p) && namesDegree(p));
  // "**Bacharelado em Sistemas de Informação** — PUC Minas", "**MBA em Arquitetura de Software** — PUC Minas": a school
  // whose name holds a degree's initials (PUC is also India's pre-university course) beside a piece that says more of a
  // degree (a longer name, or a field after it) is the school
  const degreeLength = (p: string) => {
    const d = parseDegree(p);
    return d ? d.end - d.index : 0;
  };
  const outranked = schoolAndDegree !== undefined && pieces.some((p) => p !== schoolAndDegree && degreeLength(p) > degreeLength(schoolAndDegree));
  // "Bachelor of Science, Biology   May 2016" over "University of Michigan, College of …, and the Arts – Ann Arbor, MI": a
  // header that names a degree and no school has its school on the line under it, however long the school's name
  // or under the degree's field on a line of its own ("Engineer's degree   1999 - 2004" / "Applied Mathematics." /
  // "Lindqvist Institute of Technology - Paris")
  const degreeAlone = entry.body[0]?.kind === "text" && pieces.some((p) => namesDegree(p)) && !pieces.some((p) => SCHOOL_WORDS.test(p));
  const fieldOver = degreeAlone && entry.body[1]?.kind === "text" && isFieldName(withoutClosingStop(entry.body[0]!.text)) && schoolWithPlace(entry.body[1].text) ? entry.body[0] : undefined;
  const below = fieldOver ? entry.body[1] : entry.body[0];
  const schoolBelow = degreeAlone ? schoolWithPlace(below!.text) : undefined;
  // "**Full Stack Web Developer**" / "**Develhope**" / "**2022**": of pieces that name no school, one that reads as a
  // job title is the course or the qualification, and the other who taught it
  const unnamed = pieces.filter((p) => !namesDegree(p));
  // (a title of two words or more: one alone, "Técnico", is as often the qualification's name as a job's)
  const course = (p: string) => /\s/.test(p.trim()) && roleLean(weighPhrase(p)) > 0.5;
  const provider = unnamed.length === 2 ? unnamed.find((p) => roleLean(weighPhrase(p)) <= 0.3 && unnamed.some((q) => q !== p && course(q))) : undefined;
  let institution = schoolBelow?.school ?? pieces.find((p) => SCHOOL_WORDS.test(p) && !namesDegree(p)) ?? (schoolAndDegree ? (outranked ? schoolAndDegree : undefined) : (provider ?? unnamed[0])) ?? leadSchool(head.lead);
  const inHead = (!institution && schoolAndDegree) || pieces.find((p) => p !== institution && namesDegree(p));
  // "The University of Texas at Austin      May 2017" with "B.S. in Computer Science, GPA: 3.7/4.0" under it
  const under = entry.body[0];
  // or as the first bullet under it ("* B.A. in English, French, and Philosophy; minor in Computer Science")
  // not "Harvard University, Cambridge, MA, 2010", whose state code spells a degree's initials
  // or as a smaller heading under the school's ("### Universidad de Chile, Santiago" / "#### Licenciatura en Física -- 2010 → 2015")
  const belowHead = under?.kind === "text" || under?.kind === "bullet" || (under?.kind === "subheading" && entry.head[0]?.kind === "subheading" && under.depth > entry.head[0].depth);
  const degreeLine = !inHead && belowHead && namesDegree(under!.text) ? under : undefined;
  const degreeText = inHead ?? degreeLine?.text;
  const degree = degreeText ? parseDegree(degreeText) : undefined;
  // "Bacharel em Sistemas pela PUC-PR, turma de 2014": the school the degree's phrase names wins over a piece that names none
  const named = degree && degreeText && (!institution || !isSchoolName(institution)) ? schoolBesideDegree(degreeText, degree) : undefined;
  const beside = named && (!institution || INITIALS.test(named.institution) || isSchoolName(named.institution)) ? named : undefined;
  if (beside) institution = beside.institution;
  institution ??= pieces.find((p) => p !== degreeText);
  // "软件工程本科" / "2015/09 – 2019/06" / "• 重庆理工大学": the school on the line under the degree
  // or under the degree's own line ("10/2019 – CURRENT" / "Master of Science in …" / "Technical University Ilmenau")
  const schoolUnder = degreeLine ? entry.body[1] : under;
  const schoolLine = schoolBelow ? below : !institution && schoolUnder && schoolUnder.kind !== "subheading" && isSchoolName(schoolUnder.text) ? schoolUnder : undefined;
  institution ??= schoolLine?.text;
  // "Diplôme d'ingénieur, INSA Lyon" alone in its header: what follows the comma is the school, not the field
  // ("**MS, Economics**" with no school named: a field after the comma is the field)
  const schoolAfterComma = !institution && degree?.area !== undefined && degreeText?.includes(`, ${degree.area}`) && !isFieldName(degree.area);
  if (schoolAfterComma) institution = degree.area;
  // "#### B.S. (2014 - 2018)": the dates in brackets after a degree are when, not what, it was studied
  const datedOnly = degree?.area !== undefined && isDateOnly(degree.area.replace(/^[(（[]\s*|\s*[)）\]]$/gu, ""));
  const area = schoolAfterComma || datedOnly ? undefined : degree?.area;
  const others = [...pieces.filter((p) => p !== institution && p !== degreeText && !EXPECTED.test(p)), ...statuses];
  // what the degree's phrase says beyond degree and field ("…, Minor in Statistics") is kept, not dropped
  const beyondDegree = beside ? beside.rest : degree && degreeText ? trimSeparators(`${degreeText.slice(0, degree.index)} ${degreeText.slice(degree.end)}`) : "";
  // a bullet that tells of the degree in a sentence ("Enrolled in M.S. in Information Systems.") stays whole, a bullet of its own
  const toldInBullet = degreeLine?.kind === "bullet" && degree !== undefined && degree.index > 0;
  // the dates on the degree's own line are the entry's ("#### Licenciatura en Física -- 2004 → 2009"), not more to say
  const datesAlone = degreeLine !== undefined && !head.dates && isDateOnly(trimSeparators(beyondDegree));
  if (beyondDegree && !EXPECTED.test(beyondDegree) && !toldInBullet && !datesAlone) others.push(beyondDegree);
  // "- **最終学歴**: 立教大学" / "  - 異文化コミュニケーション学部・学科" / "  - 卒業年月: 2015年03月": the field and the
  // graduation under the school, each on a line of its own
  const rest = entry.body.slice((degreeLine && !toldInBullet ? 1 : 0) + (schoolLine ? 1 : 0) + (fieldOver ? 1 : 0));
  const fieldLine = !area && !degree && rest[0] && CJK_TEXT.test(rest[0].text.trim()) && isCjkField(rest[0].text.trim()) ? rest.shift() : undefined;
  // or a line or bullet of dates alone under the school ("**Universidade Federal**" / "* **Bacharel em …**" / "* 2013 - 2017")
  const datedLines = head.dates ? [] : rest.filter((l) => isLabelledDate(l.text) || (l.depth === 0 && (l.kind === "bullet" || l.kind === "text") && isDateOnly(l.text)));
  const dateLine = datedLines.length === 1 ? datedLines[0] : undefined;
  const { summary, highlights } = readBody(rest.filter((l) => l !== dateLine));
  // a bare "9.1/10", "92.4%" or "8.7 CGPA" in the header (a table's grade column) is the grade too, not a lone number
  const bareGrade = others.findIndex(isBareGrade);
  const score = [...entry.body.map((l) => l.text), ...head.parts].map(statedGrade).find(Boolean) ?? (bareGrade >= 0 ? others.splice(bareGrade, 1)[0] : undefined);
  // "…, GPA: 3.7/4.0" after the degree says no more than the score does
  const beyondGrade = others.findIndex((p) => score !== undefined && statedGrade(p) === score && p.length <= score.length + 12);
  if (beyondGrade >= 0) others.splice(beyondGrade, 1);
  const cjk = institution ? readCjkSchool(institution) : undefined;
  // "…, Ph.D., Computer Science and Engineering", "Bilgisayar Mühendisliği, Lisans": a field named in a phrase of its own,
  // or in the phrase right beside the degree's ("Master of Science — Computer and Information Sciences & Technology")
  const fieldAt = area || cjk?.area ? -1 : provider === institution && provider ? others.indexOf(unnamed.find((p) => p !== provider)!) : fieldPiece(others, pieces, degreeText, institution);
  const { field, honours } = fieldAt >= 0 ? withoutHonours(others.splice(fieldAt, 1)[0]!) : { field: undefined, honours: undefined };
  if (honours) others.push(honours);
  // "Technical University of Munich" over ": Computer Science - Games Engineering, BSc; 2019.": the degree's own line
  // holds the field beside the degree, and the date the header lacks
  const underField = degreeLine && !area && !cjk?.area && fieldAt < 0 ? fieldBesideOnLine(degreeLine.text, degree) : undefined;
  const dates = dateLine
    ? { ...degreeDates(findDates(dateLine.text)[0]), period: dateLine.text.trim() }
    : degreeDates(head.dates ?? (degreeLine ? headerLineDates(degreeLine.text) : undefined));
  // what the degree's line said beyond the degree is its field and date, now read: it is not said again as text
  const restOfLine = underField ? others.indexOf(beyondDegree) : -1;
  if (restOfLine >= 0 && !trimSeparators(withoutDates(beyondDegree).replace(underField!, "")).replace(/[\s.,;]+/g, "")) others.splice(restOfLine, 1);
  // "早稲田大学入学" on a 履歴書's row: the date beside it is when the study began
  if (cjk?.stage === "start" && dates.endDate && !dates.startDate) [dates.startDate, dates.endDate] = [dates.endDate, undefined];
  // the school's line as written stays with the entry when it was cut into school, field and enrolment word
  if (cjk && institution && cjk.institution !== institution) others.unshift(institution);
  // "University of California, Davis — Bachelor of Science …": the campus, cut from its school with the degree's phrase;
  // "University of Connecticut, Storrs, CT": a town with its state's code after it is where the school is
  const cutCampus = place === undefined && institution !== undefined ? others.findIndex((p) => isPlaceLine(p) && namesCampus(institution!, p, head.parts)) : -1;
  const stateAfter = cutCampus >= 0 && /^\p{Lu}{2}$/u.test(others[cutCampus + 1] ?? "") && isLocation(`${others[cutCampus]}, ${others[cutCampus + 1]}`);
  const campusPlace = cutCampus >= 0 ? others.splice(cutCampus, stateAfter ? 2 : 1).join(", ") : place;
  const campus = campusPlace !== undefined && institution !== undefined && !stateAfter && namesCampus(institution, campusPlace, head.parts);
  // "Ingeniero de Sistemas": the degree and its field as written, where "Ingeniero in Sistemas" would change the words
  const written = area && degree && degreeText ? degreeText.slice(degree.index, degree.end).trim() : undefined;
  return compact({
    institution: campus ? `${withoutSchoolLabel(institution!)}, ${campusPlace}` : (cjk?.institution ?? (institution && withoutSchoolLabel(institution))),
    studyType: degree?.studyType ?? (degreeText ? degreeText : undefined),
    degree: written !== undefined && written !== degreeOf({ studyType: degree!.studyType, area }) ? written : undefined,
    area: area ?? cjk?.area ?? field ?? underField ?? (fieldOver && withoutClosingStop(fieldOver.text.trim())) ?? fieldLine?.text.trim(),
    location: campus ? undefined : (campusPlace ?? beside?.place ?? schoolBelow?.place),
    // the school's own link ("**[MIT](https://mit.edu)**"), not a link further along the header
    url: head.links.find((l) => l.text === head.lead && /^https?:\/\//i.test(l.url))?.url,
    ...dates,
    score,
    summary: [...others, ...head.aliases, ...(summary ? [summary] : [])].join("\n") || undefined,
    highlights,
  });
}

/**
 * One school over its degrees, each a dated bullet ("**연세대학교 환경공학과**" /
 * "- 석사 · 2020.03 ~ 2022.08" / "- 학사 · 2014.03 ~ 2020.02"), an item of the
 * school's item, or a definition under the school's term ("Lindqvist University" /
 * ": PhD Philosophy, 2012." / ": MA Philosophy, 2007."): one entry per degree,
 * each under the school's line. An entry of another shape is itself.
 */
export function splitDegreeBullets(entry: Entry): Entry[] {
  const school = entry.head[0];
  const underSchool = (l: SourceLine) =>
    (l.kind === "bullet" && l.depth === 0) || (school !== undefined && school.kind !== "heading" && l.kind === school.kind && l.depth === school.depth + 1);
  const isDegreeBullet = (l: SourceLine) => underSchool(l) && DEGREE.exec(l.text)?.index === 0 && hasDate(l);
  const starts = entry.body.flatMap((l, i) => (isDegreeBullet(l) ? [i] : []));
  if (starts.length < 2 || entry.head.some((l) => hasDate(l) || namesDegree(l.text))) return [entry];
  return starts.map((at, k) => {
    const degree = entry.body[at]!;
    const under = entry.body.slice(k === 0 ? 0 : at + 1, starts[k + 1] ?? entry.body.length).filter((l) => l !== degree);
    return { head: [...entry.head, { ...degree, kind: "text" as const }], body: under, position: degree.position };
  });
}

import dateWords from "./vocabulary/dates.json" with { type: "json" };
import { namesDegree, type Degree } from "./degrees.js";
import { isLocation, trimSeparators } from "./entry-parts.js";
import { LEGAL_FORM, SCHOOL_COMPOUND, SCHOOL_WORDS } from "./vocabulary.js";
import { CJK_TEXT } from "./evidence/cjk-school.js";
import { weighPhrase } from "./evidence/phrase-evidence.js";
import { withoutDates } from "./dates.js";
import { withoutHonours } from "./honours.js";
import { isStudyStatus } from "./study-status.js";

/**
 * Said of a graduation date still to come, which the date itself shows: the words dates.json gives for it, but for
 * those that also say how a study stands ("in progress"), which the entry's text keeps (study-statuses.json).
 */
const EXPECTED_WORDS = new Set(Object.values(dateWords.expected).flat().filter((w) => !isStudyStatus(w)));
export const saysExpected = (text: string) => EXPECTED_WORDS.has(text.trim().toLowerCase());

/**
 * A phrase that can name a field of study: capitalised, a few words, no digit,
 * no school, organisation, role or place words, not a region code.
 */
export function isFieldName(text: string): boolean {
  const t = text.trim();
  if (CJK_TEXT.test(t)) return isCjkField(t);
  if (!/^\p{Lu}/u.test(t) || /\d|[:：]/.test(t) || t.split(/\s+/).length > 8 || /^[\p{Lu}]{2,3}$/u.test(t) || saysExpected(t)) return false;
  // "Abitur, Lessinggymnasium Nordstadt": a school named in one compound word is no field
  if (t.split(/\s+/).some((w) => SCHOOL_COMPOUND.test(w))) return false;
  const e = weighPhrase(t);
  return e.org === 0 && e.school === 0 && e.role < 0.5 && e.place === 0 && e.degree === 0;
}

/** "最終学歴", "在学中", "卒業見込", "毕业", "재학": what a CJK CV says of the study's stage, not its field. */
export const CJK_STUDY_STATUS = /学歴|学历|學歷|在学|在學|在读|在讀|卒業|修了|入学|入學|中退|退学|休学|見込|毕业|畢業|肄业|졸업|재학|입학|수료|휴학/u;
/** The words that end the name of a faculty, department or major: "学部", "学科", "専攻", "专业", "학과", "전공". */
const CJK_FIELD_END = /(?:学部|学科|専攻|研究科|专业|專業|학과|학부|전공)$/u;

/**
 * "计算机科学与技术", "情報工学専攻", "컴퓨터공학과": a field of study in CJK
 * scripts, which have no capitals to go by, is a short phrase that names no
 * school, company, role or degree (its "技术" may weigh as a company's word
 * elsewhere, but no company form is in it).
 */
export function isCjkField(text: string): boolean {
  const e = weighPhrase(text);
  // "異文化コミュニケーション学部・学科": a faculty's or department's own word at the end allows a longer name
  return [...text].length <= (CJK_FIELD_END.test(text) ? 24 : 16) && !CJK_STUDY_STATUS.test(text) && !SCHOOL_WORDS.test(text) && !LEGAL_FORM.test(text) && e.school === 0 && e.degree === 0 && e.role < 0.5 && e.place === 0;
}

/**
 * Which of the header's other pieces names the field: one that reads as a field anywhere, else the piece right
 * after the degree's phrase, else the one right before it ("Computer Science - Games Engineering, BSc").
 */
export function fieldPiece(others: readonly string[], pieces: readonly string[], degreeText: string | undefined, institution: string | undefined): number {
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
export function fieldBesideOnLine(text: string, degree: Degree | undefined): string | undefined {
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

/** Studies a CV names outside an education section: in its header's details, or as a line of its profile. */
import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { hasDate } from "./layout/lines.js";
import { fieldOfLabel, foldLabel, LABEL_AND_VALUE } from "./contacts.js";
import { hasStreet } from "./evidence/places.js";
import { CJK_TEXT, readCjkSchool, withoutSchoolTiers } from "./evidence/cjk-school.js";
import { addEntry, type Draft } from "./draft.js";
import { SCHOOL_TIER, SCHOOL_WORDS } from "./vocabulary.js";
import type { Education } from "../resume/schema.js";
import { compact, degreeDates } from "./date-fields.js";
import { findDates } from "./dates.js";
import { parseDegree } from "./degrees.js";
import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import studyFields from "./vocabulary/study-fields.json" with { type: "json" };

/** Which field of a study each label names: "毕业院校" the school, "专业" the field, "学历" the degree. */
const FIELD_OF = new Map<string, keyof Pick<Education, "institution" | "area" | "studyType">>([
  ...entryLabels.school.map((label) => [label.toLowerCase(), "institution"] as const),
  ...[...studyFields.labels, ...studyFields.secondaryLabels].map((label) => [label.toLowerCase(), "area"] as const),
  ...entryLabels.degree.map((label) => [label.toLowerCase(), "studyType"] as const),
]);

/** A study read from a line outside an education section; `whole` when the line says nothing else. */
interface StudyLine {
  education: Education;
  line: SourceLine;
  whole: boolean;
}

/**
 * "毕业院校：河南大学 | 专业：网络工程 | 学历：本科": the school, field and degree a
 * CV's header names by their labels, as Chinese CVs give them among the
 * personal details when no section lists the studies, or unlabelled in a
 * cell ("河南大学/计算机系/网络工程/本科"). Each line that names a school gives one
 * study; its other phrases stay where they were.
 */
export function findEducationInHeader(lines: readonly SourceLine[]): StudyLine[] {
  const studies = lines.flatMap((line): StudyLine[] => {
    const labelled = phrasesOf(line).map((phrase) => {
      const m = LABEL_AND_VALUE.exec(phrase.trim());
      return { field: m ? FIELD_OF.get(foldLabel(m[1]!)) : undefined, value: m?.[2]!.trim() };
    });
    const study: Partial<Education> = {};
    // "학력 : 한빛대학교(2010.03 ~ 2014.02)", "学历：华东大学": under the label of the degree a form may name the school
    // alone, which is the study's institution, no degree
    for (const { field, value } of labelled) if (field) study[field === "studyType" && namesSchoolAlone(value!) ? "institution" : field] ??= value;
    // every phrase of the line said something of the study: the line is the study's, whole
    const whole = labelled.every((p) => p.field !== undefined);
    if (study.institution && whole) return [{ education: compact(splitCjkStudy(study)), line, whole }];
    const unlabelled = unlabelledStudy(line.text);
    return unlabelled ? [{ education: unlabelled, line, whole: false }] : [];
  });
  return studies.length === 1 ? [withFieldsOfForm(studies[0]!, lines)] : studies;
}

/** The text without the remark in brackets at its end: "华东大学（2015-06毕业）" → "华东大学". */
const withoutRemark = (text: string) => text.replace(/\s*[（(][^（()）]*[）)]\s*$/u, "");

/** A value in CJK script that names a school and no degree, its dates in brackets aside. */
function namesSchoolAlone(value: string): boolean {
  const written = withoutRemark(value);
  return CJK_TEXT.test(written) && SCHOOL_WORDS.test(written) && parseDegree(written) === undefined;
}

/**
 * "- 专业：计算机科学与技术" … "- 毕业院校：湖北师范大学" … "- 学历：本科": a form of personal details gives each field of
 * the one study a line of its own; the field and the degree on lines apart from the school's are that study's.
 */
function withFieldsOfForm(study: StudyLine, lines: readonly SourceLine[]): StudyLine {
  const found: Partial<Education> = {};
  for (const line of lines) {
    const phrases = line === study.line ? [] : phrasesOf(line);
    const m = phrases.length === 1 ? LABEL_AND_VALUE.exec(phrases[0]!.trim()) : null;
    // "Indirizzo: Via Roma 12, Milano": a form's address, under a label that on a school's own line names its branch of
    // study, is no study's field
    const field = m && !fieldOfLabel(m[1]!) && !hasStreet(m[2]!) ? FIELD_OF.get(foldLabel(m[1]!)) : undefined;
    if (field && field !== "institution") found[field] ??= m![2]!.trim();
  }
  return { ...study, education: compact({ ...study.education, area: study.education.area ?? found.area, studyType: study.education.studyType ?? found.studyType }) };
}

/** "最終学歴 | 東京理科大学理工学部": a key/value table's row says "label：value" in two cells. */
function phrasesOf(line: SourceLine): string[] {
  if (line.cells?.length === 2 && line.cells.every((c) => c.trim())) return [`${line.cells[0]!.trim()}：${line.cells[1]!.trim()}`];
  return line.text.split(/\s*[|｜·•]\s*|\s{2,}|\t/).filter(Boolean);
}

/**
 * "東京大学大学院理学研究科（物理学専攻）修了", "西安科技大学-硕士-电子与通信工程", "华东交通大学（2015-06毕业）": a labelled
 * school in CJK script written as one run with its department, its degree or its graduation date, as the
 * personal details of a Japanese or Chinese CV give it; split into the study's fields.
 */
function splitCjkStudy(study: Partial<Education>): Partial<Education> {
  const written = withoutSchoolTiers(study.institution!);
  const bracket = /\s*[（(]([^（()）]*)[）)]\s*$/u.exec(written);
  const date = bracket ? findDates(bracket[1]!)[0] : undefined;
  const school = readCjkSchool(date ? written.slice(0, bracket!.index) : written);
  if (!school) return study;
  // "硕士-电子与通信工程": a degree among the parts after the school's name is the degree, the rest the field
  const parts = (school.area ?? "").split(/\s*[-－/／|｜]\s*/u).filter(Boolean);
  const degree = parts.find((p) => parseDegree(p)?.studyType === p);
  const field = parts.filter((p) => p !== degree).join(" ");
  const dates = date ? degreeDates(date) : {};
  return { ...study, institution: school.institution, area: study.area ?? (field || undefined), studyType: study.studyType ?? degree, startDate: dates.startDate, endDate: dates.endDate };
}

/**
 * "赵宏轩/男/1991   河南大学/计算机系/网络工程/本科": a school in CJK script and a degree among the short parts of one
 * of a header line's cells, set apart by slashes or bars, with the field right before the degree.
 */
function unlabelledStudy(text: string): Education | undefined {
  for (const cell of text.split(/\t|\s{2,}/)) {
    // "学历：全日制本科/南京某某学院/2020届": the same parts under the degree's label
    const parts = cell.replace(/^[^:：/／]{1,8}[:：]\s*/u, "").split(/\s*[/／|｜]\s*/).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || parts.length > 5) continue;
    // "西北工业大学（985，双一流）": the remark in brackets after a school's name (its rank, its campus, the degrees
    // studied there) may mix in digits and Latin letters; the name before it is what tells a school
    const school = parts.find((p) => CJK_TEXT.test(withoutRemark(p)) && SCHOOL_WORDS.test(p));
    const degreeAt = parts.findIndex((p) => p !== school && CJK_TEXT.test(p) && degreeOf(p) !== undefined);
    // "某某理工大学/女/1996": the template's name/gender/year details, the school written where the name goes, name the
    // school alone
    if (school && degreeAt < 0 && parts.some((p) => GENDER.test(p))) return compact({ institution: readCjkSchool(school)?.institution ?? school });
    if (!school || degreeAt < 0) continue;
    const field = parts[degreeAt - 1];
    // "本科/北京邮电大学计算机系": a department written onto the school's name is its field when no part names one
    const { institution, area } = readCjkSchool(withoutRemark(school)) ?? { institution: withoutRemark(school) };
    const year = parts.map((p) => CLASS_OF.exec(p)?.[1]).find(Boolean);
    return compact({ institution, studyType: degreeOf(parts[degreeAt]!), area: field !== undefined && field !== school && !CLASS_OF.test(field) ? field : area, endDate: year });
  }
  return undefined;
}

/** "2020届", "2019年毕业": the year of the class the person graduates with. */
const CLASS_OF = /^((?:19|20)\d{2})\s*(?:届|屆|年?毕业|年?畢業)/u;
/** "全日制本科", "统招硕士": a degree, after the word for how it was studied (full-time, by the national exam), which ranks it and is no field. */
const STUDY_MODE = new RegExp(`^(?:${SCHOOL_TIER})\\s*`, "iu");

/** The degree a part of a details line names whole, without the words that rank it. */
function degreeOf(part: string): string | undefined {
  const bare = part.replace(STUDY_MODE, "");
  return parseDegree(bare)?.studyType === bare ? bare : undefined;
}

/** The gender among a Chinese CV's personal details. */
const GENDER = /^(?:男|女|男性|女性)$/u;

/**
 * "🏫 대동세무고등학교 세무회계과 졸업", "京都大学工学部情報学科 卒業": a line of a profile that names a school with
 * its department and the word for graduating from it is a study, whatever else the CV lists as education.
 */
export function findSchoolLines(draft: Draft, blocks: readonly SectionBlock[], kinds: ReadonlyArray<string | undefined>): void {
  blocks.forEach((block, i) => {
    if (kinds[i] !== undefined && kinds[i] !== "summary") return;
    for (const line of block.lines) {
      const text = line.text.replace(/^[^\p{L}\p{N}]+/u, "").trim();
      const school = [...text].length <= 40 && !hasDate(line) ? readCjkSchool(text) : undefined;
      if (!school?.stageWord || !SCHOOL_WORDS.test(school.institution)) continue;
      if (draft.resume.education?.some((e) => e.institution === school.institution)) continue;
      addEntry(draft, "education", compact({ institution: school.institution, area: school.area, summary: school.stageWord }), line.position);
    }
  });
}

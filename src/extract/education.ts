import { degreeOf, isBareGrade, statedGrade } from "../resume/education-text.js";
import type { Education } from "../resume/schema.js";
import { compact, degreeDates } from "./date-fields.js";
import { DEGREE, namesDegree, parseDegree } from "./degrees.js";
import { readSpeciality } from "./speciality.js";
import type { SourceLine } from "../parse/source-line.js";
import { hasDate, isDateOnly, type Entry } from "./layout/lines.js";
import { isLocation, isPlaceLine, readBody, readHead, trimSeparators, withoutClosingStop } from "./entry-parts.js";
import { SCHOOL_WORDS } from "./vocabulary.js";
import { studyWithoutDegree } from "./study-without-degree.js";
import { splitOutsideBrackets } from "./layout/split-line.js";
import { CJK_TEXT, readCjkSchool, withoutSchoolTiers } from "./evidence/cjk-school.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { isKnownTown, isTownWithStateCode } from "./evidence/places.js";
import { countryCode } from "./contacts.js";
import { findDates, headerLineDates, withoutDates } from "./dates.js";
import { withoutSchoolLabel } from "./school-label.js";
import { readStudyColumns, type StudyColumns } from "./study-columns.js";
import { namesFieldOnly, withFieldAfterSchool } from "./field-after-school.js";
import { isStudyStatus, withStudyStatusApart } from "./study-status.js";
import { schoolInEmphasis } from "./school-in-emphasis.js";
import { schoolWithoutHonours, withoutHonours } from "./honours.js";
import { saysExpected, isFieldName, isCjkField, fieldPiece, fieldBesideOnLine } from "./field-beside.js";
import { INITIALS, isSchoolName, schoolBesideDegree, withoutCollege, fieldAtSchool, namesCampus, schoolPhrases, degreeAndSchool, schoolWithPlace, leadSchool } from "./school-phrases.js";

/** "卒業年月: 2015年03月", "Graduation: May 2026": a short label before a date and nothing else. */
const isLabelledDate = (text: string) => isDateOnly(/^[^:：\d]{1,24}[:：]\s*(\S.*)$/u.exec(text)?.[1] ?? "");

/** "em Banco de Dados", "in Data Science": a field's phrase opened by the word that joins it to its degree. */
const FIELD_AFTER_CONNECTOR = /^(?:in|of|em|en|de|im|w|в|по|na)\s+\S/u;

/**
 * "**Pós-Graduação** em Banco de Dados – Kestrel – 2020", "**Master** in Data Science – Osprey": the degree set in bold
 * and its field after it, joined by "in"/"em", are one phrase, which the bold had cut in two; the school follows the dash.
 */
function degreeLeadJoined(entry: Entry, head: ReturnType<typeof readHead>): string[] | undefined {
  const [field, ...rest] = head.parts;
  const lead = head.lead;
  if (!lead || !field || !namesDegree(lead) || !FIELD_AFTER_CONNECTOR.test(field) || !entry.head[0]?.text.startsWith(lead)) return undefined;
  return [`${lead} ${field}`, ...rest];
}

/** Reads an education entry: school, degree and field, dates, grade, and what else is said. */
export function toEducation(entry: Entry): Education {
  const read = readEducation(entry);
  const columns = readStudyColumns(entry);
  // the columns settle what the words alone misread: a school taken from another cell, a qualification no vocabulary
  // knows read as the field, or a degree read from words outside the qualification's own ("(Lehre, abgeschlossen)")
  const qualification = columns?.degree?.studyType;
  const misread =
    columns && (!read.institution || !columns.school.includes(read.institution) || (qualification !== undefined && (read.studyType ? !qualification.includes(read.studyType) : read.area === qualification)));
  return misread ? studyFromColumns(entry, columns) : read;
}

function readEducation(entry: Entry): Education {
  /** The places read after a school's commas. */
  const afterSchool = new Set<string>();
  const head = readHead(entry);
  // "**울산대학교 | 디지털콘텐츠디자인 전공**": a bold lead holding the header's own separators is several phrases
  const headPieces = (degreeLeadJoined(entry, head) ?? (head.lead ? [...head.lead.split(/\s+\|\s+/), ...head.parts] : head.parts)).map(withStudyStatusApart);
  // the statuses bracketed after the school ("(cursando)", "(expected)") are said with the entry, and are no piece of
  // the header that could be read as its field or place, nor dropped as a date's word
  const statuses = headPieces.flatMap((p) => p.slice(1));
  // "### University of Cambridge, Trinity Hall" over "PhD in Mathematics, 2015 – 2019": where a degree is named, in the
  // header or on the line under it, a phrase after the school's comma is its college or campus, not a field left unnamed
  const degreeNamed = [...headPieces.map(([p]) => p!), entry.body[0]?.text ?? ""].some((p) => namesDegree(p));
  const styled = schoolInEmphasis(entry.head);
  const pieces = headPieces
    .map(([p]) => p!)
    .flatMap((p) => (styled && p.startsWith(styled.field) && p.endsWith(styled.school) ? [styled.field, styled.school] : [p]))
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
  // "**PhD in Physics at Westmark University**": a bold lead that names the degree and its school is read as the degree's
  // phrase (the school after "at") before it is taken whole as the school's name; not a degree's initials in brackets,
  // which may be a state's ("(Unigran MS)")
  const leadNamesBoth = head.lead !== undefined && schoolAndDegree !== undefined && namesDegree(head.lead.replace(/\([^)]*\)/g, " ")) && SCHOOL_WORDS.test(head.lead);
  let institution = schoolBelow?.school ?? pieces.find((p) => SCHOOL_WORDS.test(p) && !namesDegree(p)) ?? styled?.school ?? (schoolAndDegree ? (outranked ? schoolAndDegree : undefined) : (provider ?? unnamed[0])) ?? (leadNamesBoth ? undefined : leadSchool(head.lead));
  const inHead = (!institution && schoolAndDegree) || pieces.find((p) => p !== institution && namesDegree(p));
  // "The University of Texas at Austin      May 2017" with "B.S. in Computer Science, GPA: 3.7/4.0" under it
  const under = entry.body[0];
  // or as the first bullet under it ("* B.A. in English, French, and Philosophy; minor in Computer Science")
  // not "Harvard University, Cambridge, MA, 2010", whose state code spells a degree's initials
  // or as a smaller heading under the school's ("### Universidad de Chile, Santiago" / "#### Licenciatura en Física -- 2010 → 2015")
  const belowHead = under?.kind === "text" || under?.kind === "bullet" || (under?.kind === "subheading" && entry.head[0]?.kind === "subheading" && under.depth > entry.head[0].depth);
  // "Факультет «…»" over "Инженер по специальности «…»": the faculty first, then the diploma with its speciality
  const degreeLine = !inHead && belowHead && namesDegree(under!.text) ? under : !inHead ? entry.body.slice(1, 3).find((l) => l.kind === "text" && readSpeciality(l.text)) : undefined;
  const degreeText = inHead ?? degreeLine?.text;
  const degree = degreeText ? parseDegree(degreeText) : undefined;
  // "Bacharel em Sistemas pela PUC-PR, turma de 2014": the school the degree's phrase names wins over a piece that names none
  const named = degree && degreeText && (!institution || !isSchoolName(institution)) ? schoolBesideDegree(degreeText, degree) : undefined;
  const beside = named && (!institution || INITIALS.test(named.institution) || isSchoolName(named.institution)) ? named : undefined;
  if (beside) institution = beside.institution;
  institution ??= leadSchool(head.lead);
  institution ??= pieces.find((p) => p !== degreeText);
  // "软件工程本科" / "2015/09 – 2019/06" / "• 重庆理工大学": the school on the line under the degree
  // or under the degree's own line ("10/2019 – CURRENT" / "Master of Science in …" / "Technical University Ilmenau")
  const schoolUnder = degreeLine ? entry.body[1] : under;
  const schoolLine = schoolBelow ? below : !institution && schoolUnder && schoolUnder.kind !== "subheading" && isSchoolName(schoolUnder.text) ? schoolUnder : undefined;
  institution ??= schoolLine?.text;
  // "MS(2010): Agroindustry Management", "BSc (2015): Computer Science": beside a degree, the one other phrase, which
  // names a field of study and no school, is the field; the school goes unnamed, as a profile page's list often leaves it
  if (institution !== undefined && !schoolLine && pieces.length === 2 && pieces.includes(institution) && degreeText !== undefined && degreeText !== institution && namesFieldOnly(institution, isFieldName)) institution = undefined;
  // "Diplôme d'ingénieur, INSA Lyon" alone in its header: what follows the comma is the school, not the field
  // ("**MS, Economics**" with no school named: a field after the comma is the field)
  const schoolAfterComma = !institution && degree?.area !== undefined && degreeText?.includes(`, ${degree.area}`) && !isFieldName(degree.area);
  if (schoolAfterComma) institution = degree.area;
  // "#### B.S. (2014 - 2018)": the dates in brackets after a degree are when, not what, it was studied
  const datedOnly = degree?.area !== undefined && isDateOnly(degree.area.replace(/^[(（[]\s*|\s*[)）\]]$/gu, ""));
  // "*Mestrado* - Não finalizado": how the study ended, where the field would follow the degree, is no field
  const statusOnly = degree?.area !== undefined && isStudyStatus(degree.area.toLowerCase());
  const area = schoolAfterComma || datedOnly || statusOnly ? undefined : degree?.area;
  const others = [...pieces.filter((p) => p !== institution && p !== degreeText && !saysExpected(p)), ...statuses];
  // what the degree's phrase says beyond degree and field ("…, Minor in Statistics") is kept, not dropped
  const beyondDegree = beside ? beside.rest : degree && degreeText ? trimSeparators(`${degreeText.slice(0, degree.index)} ${degreeText.slice(degree.end)}`) : "";
  // a bullet that tells of the degree in a sentence ("Enrolled in M.S. in Information Systems.") stays whole, a bullet of its own
  const toldInBullet = degreeLine?.kind === "bullet" && degree !== undefined && degree.index > 0;
  // the dates on the degree's own line are the entry's ("#### Licenciatura en Física -- 2004 → 2009"), not more to say
  const datesAlone = degreeLine !== undefined && !head.dates && isDateOnly(trimSeparators(beyondDegree));
  if (beyondDegree && !saysExpected(beyondDegree) && !toldInBullet && !datesAlone) others.push(beyondDegree);
  // "- **最終学歴**: 立教大学" / "  - 異文化コミュニケーション学部・学科" / "  - 卒業年月: 2015年03月": the field and the
  // graduation under the school, each on a line of its own
  const degreeUnder = degreeLine === under;
  const rest = entry.body.slice((degreeLine && degreeUnder && !toldInBullet ? 1 : 0) + (schoolLine ? 1 : 0) + (fieldOver ? 1 : 0)).filter((l) => degreeUnder || l !== degreeLine);
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
  const fieldPhraseAt = (): number => {
    // the degree's own words or the CJK school's name told the field already
    if (area || cjk?.area) return -1;
    // "### Field - *School*": the plain phrase before the school set in emphasis
    if (styled && others.includes(styled.field)) return others.indexOf(styled.field);
    // a course's provider read as the school: the course is the other phrase
    if (provider && provider === institution) return others.indexOf(unnamed.find((p) => p !== provider)!);
    return fieldPiece(others, pieces, degreeText, institution);
  };
  const fieldAt = fieldPhraseAt();
  const { field: phrase, honours } = fieldAt >= 0 ? withoutHonours(others.splice(fieldAt, 1)[0]!) : { field: undefined, honours: undefined };
  // "Postdoctoral Fellow", "Minor in Statistics": beside no degree, what was taken at the school
  const taken = degreeText ? undefined : studyWithoutDegree(phrase, others);
  const field = taken ? taken.area : phrase;
  if (honours) others.push(honours);
  if (statusOnly) others.push(degree.area!);
  // "Technical University of Munich" over ": Computer Science - Games Engineering, BSc; 2019.": the degree's own line
  // holds the field beside the degree, and the date the header lacks
  const besideOnLine = degreeLine && !area && !cjk?.area && fieldAt < 0 ? fieldBesideOnLine(degreeLine.text, degree) : undefined;
  const underField = besideOnLine && !isStudyStatus(besideOnLine.toLowerCase()) ? besideOnLine : undefined;
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
  // ("University of California, Berkeley (Berkeley, CA)": so too where the school's town is given apart, not a state alone)
  const placeApart = place !== undefined && place.includes(",");
  const cutCampus = (place === undefined || placeApart) && institution !== undefined ? others.findIndex((p) => isPlaceLine(p) && namesCampus(institution!, p, head.parts)) : -1;
  const stateAfter = cutCampus >= 0 && /^\p{Lu}{2}$/u.test(others[cutCampus + 1] ?? "") && isLocation(`${others[cutCampus]}, ${others[cutCampus + 1]}`);
  const campusPlace = cutCampus >= 0 ? others.splice(cutCampus, stateAfter ? 2 : 1).join(", ") : place;
  const campus = campusPlace !== undefined && institution !== undefined && !stateAfter && namesCampus(institution, campusPlace, head.parts);
  // "Ingeniero de Sistemas": the degree and its field as written, where "Ingeniero in Sistemas" would change the words
  const written = area && degree && degreeText ? degreeText.slice(degree.index, degree.end).trim() : undefined;
  // "University of Westmark (Minor in Economics)": the bracket cut from the school's name is said in the entry's text
  const school = institution && !campus && !cjk?.institution ? schoolWithoutHonours(withoutSchoolLabel(institution)) : undefined;
  if (school?.honours) others.push(school.honours);
  return compact({
    institution: campus ? `${withoutSchoolLabel(institution!)}, ${campusPlace}` : (cjk?.institution ?? school?.school),
    studyType: degree?.studyType ?? (degreeText ? degreeText : taken?.studyType),
    degree: written !== undefined && written !== degreeOf({ studyType: degree!.studyType, area }) ? written : undefined,
    area: area ?? cjk?.area ?? field ?? underField ?? (fieldOver && withoutClosingStop(fieldOver.text.trim())) ?? fieldLine?.text.trim(),
    location: campus ? (placeApart && cutCampus >= 0 ? place : undefined) : (campusPlace ?? beside?.place ?? schoolBelow?.place),
    // the school's own link ("**[MIT](https://mit.edu)**"), not a link further along the header
    url: head.links.find((l) => l.text === head.lead && /^https?:\/\//i.test(l.url))?.url,
    ...dates,
    score,
    summary: [...others, ...head.aliases, ...(summary ? [summary] : [])].join("\n") || undefined,
    highlights,
  });
}

/** A study read from a table row whose header names its columns (study-columns.ts). */
function studyFromColumns(entry: Entry, columns: StudyColumns): Education {
  const { summary, highlights } = readBody(entry.body);
  return compact({
    institution: columns.school,
    ...columns.degree,
    ...(columns.area && { area: columns.area }),
    location: columns.place,
    ...degreeDates(readHead(entry).dates),
    summary: [columns.remark, summary].filter(Boolean).join("\n") || undefined,
    highlights,
  });
}

/**
 * One school over its degrees, each a dated bullet ("**연세대학교 환경공학과**" /
 * "- 석사 · 2020.03 ~ 2022.08" / "- 학사 · 2014.03 ~ 2020.02"), an item of the
 * school's item, or a definition under the school's term ("Lindqvist University" /
 * ": PhD Philosophy, 2012." / ": MA Philosophy, 2007."): one entry per degree,
 * each under the school's line; so too dated degrees on plain lines under a school's heading. An entry of another shape is itself.
 */
export function splitDegreeBullets(written: Entry): Entry[] {
  const school = written.head[0];
  // or a plain line under the school's heading ("#### Westmark University, Avon, NY" / "Bachelor of Arts, Physics, May 2008" /
  // "Bachelor of Arts, Music, May 2008"), the first of which the entry's cut took into its head for its date
  const plainUnderHeading = (l: SourceLine) => school?.kind === "subheading" && l.kind === "text";
  const underSchool = (l: SourceLine) =>
    (l.kind === "bullet" && l.depth === 0) || plainUnderHeading(l) || (school !== undefined && school.kind !== "heading" && l.kind === school.kind && l.depth === school.depth + 1);
  const isDegreeBullet = (l: SourceLine) => underSchool(l) && DEGREE.exec(l.text)?.index === 0 && hasDate(l);
  const [, firstDegree, ...more] = written.head;
  const entry = firstDegree && !more.length && plainUnderHeading(firstDegree) && isDegreeBullet(firstDegree) && written.body.some(isDegreeBullet) ? { ...written, head: [school!], body: [firstDegree, ...written.body] } : written;
  const starts = entry.body.flatMap((l, i) => (isDegreeBullet(l) ? [i] : []));
  if (starts.length < 2 || entry.head.some((l) => hasDate(l) || namesDegree(l.text))) return [written];
  return starts.map((at, k) => {
    const degree = entry.body[at]!;
    const under = entry.body.slice(k === 0 ? 0 : at + 1, starts[k + 1] ?? entry.body.length).filter((l) => l !== degree);
    return { head: [...entry.head, { ...degree, kind: "text" as const }], body: under, position: degree.position };
  });
}

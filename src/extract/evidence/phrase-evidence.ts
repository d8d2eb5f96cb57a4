import { isLocation } from "../entry-parts.js";
import { hasStreet, isRemarkedPlace, isTownWithStateCode, isWholePlace, placeScore } from "./places.js";
import { isRemoteWork } from "./work-modes.js";
import { namesDegree } from "../degrees.js";
import { employmentTypeLead, GRADE_SUFFIX, isEmploymentType, LEGAL_FORM, ORG_WORDS, ROLE_COMPOUND, ROLE_IN_UNIT, ROLE_WORDS, SCHOOL_WORDS, SELF_EMPLOYED } from "../vocabulary.js";

/** How strongly a phrase reads as each thing an entry's header names, each from 0 to 1. */
export interface Evidence {
  role: number;
  org: number;
  place: number;
  school: number;
  degree: number;
}

/** "San Francisco Bay Area", "Greater Boston Area", "Ruhr Region": how a region is named. */
const AREA = /^(?:Greater\s)?[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}\s(?:Area|Region|Metropolitan Area)$/u;

const ADDRESS = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;
const SENIORITY = /^(?:senior|junior|lead|chief|head of|principal|staff|associate|assistant|deputy|vice|sr\.?|jr\.?)\s/i;

/** "**Acme Labs** (Intern, 2020.06~2020.08)": a phrase wholly in brackets, left when its dates were cut, is what it holds. */
export const unbracketed = (phrase: string) => /^[(（]([^()（）]+)[)）]$/u.exec(phrase.trim())?.[1]!.trim() ?? phrase;

/** The word for a project ending a phrase written in CJK script, run on from what precedes it. */
const PROJECT_HEAD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{N}\p{Script=Latin}](?:项目|專案|プロジェクト|프로젝트)$/u;

/**
 * Weighs what a phrase of an entry's header is, from the vocabularies: a
 * role's last word is a job title word ("Team Leader"), an organisation has a
 * company form or an organisation noun, a place is a known place or has the
 * shape of one, a degree is a degree name.
 * Self-employment labels stand where an organisation would.
 */
export function weighPhrase(text: string): Evidence {
  // compatibility forms read as what they look like: a PDF's Kangxi radical "⼯" is "工"
  const t = text.trim().normalize("NFKC");
  const words = t.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  const e: Evidence = { role: 0, org: 0, place: 0, school: 0, degree: 0 };
  if (!t || ADDRESS.test(t)) return e;
  const inner = unbracketed(t);
  if (inner !== t) return weighPhrase(inner);
  // "laiblitz. Inc (part time job)", "Acme Inc (Contract)": the terms the job was held on, noted after a name, say
  // nothing of what the name is
  const open = t.endsWith(")") ? t.lastIndexOf("(") : -1;
  if (open > 0 && isEmploymentType(t.slice(open + 1, -1))) return withWorkModePlace(t, weighPhrase(t.slice(0, open)));
  // "Remote job": how a job was done, though "job" ends job titles
  if (isRemoteWork(t)) return { ...e, place: 0.9 };
  // "College Station, TX", "Cambridge, MA": a town and its state's code, whatever a school's words or a degree's initials in it
  if (isTownWithStateCode(t)) return { ...e, place: 0.9 };
  // the role word ends the title, or the part before its team or qualifier ("Program Manager, Data Analytics", "Engineer II (Contract)")
  const head = t.split(/,\s/)[0]!.replace(/\s*\([^)]*\)$/, "").replace(GRADE_SUFFIX, "");
  // "Engenheiro de Software Sênior", "Director of Product": the role word leads the title, what it is of follows
  const leads = ROLE_WORDS.test(words[0] ?? "") && /^(?:de|do|da|dos|das|di|du|del|della|des|em|en|of)$/i.test(words[1] ?? "");
  // "Sozialpraktikum", "Vertriebsleiter": a compound whose head is a role word
  const compound = ROLE_COMPOUND.test(last.replace(/[^\p{L}]/gu, ""));
  // "Ixorateam (Retail Expert)": a role word inside the brackets after a name qualifies the name, it does not end a title
  const closing = /\)$/.test(t) ? (head.split(/\s+/).pop() ?? "") : last;
  if (leads || compound || ROLE_WORDS.test(closing) || ROLE_WORDS.test(head.split(/\s+/).pop() ?? "")) e.role = 0.9;
  else if (ROLE_WORDS.test(t)) e.role = 0.55;
  if (SENIORITY.test(t)) e.role = Math.max(e.role, 0.6);
  // "Part-time: Barista", "Summer job: Lifeguard": the terms of a job written with their colon before a phrase say it
  // is the job's title, a word the vocabulary may not know (before an employer's name the line reader sets them apart)
  if (employmentTypeLead(t)) e.role = Math.max(e.role, 0.6);
  // "Assistant Professor in the School of Business": a role, then the unit of its employer it is held in
  const inUnit = roleBeforeUnit(t) !== undefined;
  if (inUnit) e.role = 0.9;
  // "预医到家医生端V3项目", "決済基盤刷新プロジェクト": a CJK phrase ends in its head noun, and one that ends in the word for a
  // project names a project, whatever role word ("医生", doctor) it holds before
  if (PROJECT_HEAD.test(t)) e.role = 0;
  // "Softwareentwickler Embedded Systems", "Werkstudent Qualitätssicherung": a title led by its role word and then the
  // field it works in, as German titles are written; a company's form still names a company, and a plural
  // ("Partners HealthCare") names a firm of them
  if (e.role > 0 && words.length > 1 && ROLE_WORDS.test(words[0]!) && !/s$/i.test(words[0]!) && !LEGAL_FORM.test(t)) e.role = 0.9;
  if (LEGAL_FORM.test(t)) e.org = 0.95;
  else if (ORG_WORDS.test(t)) e.org = 0.7;
  // a role that names its team ("Head of Infrastructure Team") is still a role; "Research Assistant, Acme Labs" is split before this
  if (e.role >= 0.9 && e.org > 0 && e.org < 0.95) e.org = 0.3;
  // "Freelance", "Self-Employed", "Independent Developer": work on one's own account, written where the employer goes
  if (SELF_EMPLOYED.test(t)) [e.org, e.role] = [0.95, Math.min(e.role, 0.5)];
  if (SCHOOL_WORDS.test(t)) e.school = 0.9;
  // "University lecturer", "College Librarian": a school's word before the role word that ends a short title qualifies the
  // role, as "Team" does; a school's own name says whose it is ("University of Oxford")
  if (e.school && e.role >= 0.9 && words.length <= 3 && ROLE_WORDS.test(closing) && /^[\p{Script=Latin}\s'’.-]+$/u.test(t) && !/\s(?:of|de|di|für)\s/i.test(t)) e.school = 0.3;
  // the unit's words ("School", "Department", "Laboratory") say where in the employer the role is, not who employs
  if (inUnit && e.org < 0.95) [e.org, e.school] = [Math.min(e.org, 0.3), Math.min(e.school, 0.3)];
  if (namesDegree(t)) e.degree = 0.9;
  // "Austin, Texas, United States (Remote)": a note after the place does not make it less of one
  const bare = t.replace(/\s*\([^)]*\)$/, "");
  // a place reader skips what stands before a place ("Acme Credit Union, Albuquerque NM"): only a phrase that names nothing else is one
  // "117 E. Colorado Blvd., Pasadena, CA 91105": a street before a place the reader knows is a postal address
  const postal = e.role === 0 && hasStreet(bare) && placeScore(bare) >= 0.9;
  if ((isWholePlace(bare) && e.org === 0 && e.role === 0) || isLocation(bare) || AREA.test(bare) || postal) e.place = 0.9;
  return withWorkModePlace(t, e);
}

/** "EMEA (Remote)", "Malaysia (Remote) & Bahrain": places remarked on as where the work was done, naming nothing else. */
function withWorkModePlace(text: string, e: Evidence): Evidence {
  return e.org === 0 && e.role === 0 && e.school === 0 && isRemarkedPlace(text) ? { ...e, place: 0.9 } : e;
}

/**
 * "Assistant Professor in the School of Business", "Postdoctoral Appointee in the Mathematics Division": the role's
 * words, where a phrase names a short role and then the unit of an organisation it is held in; undefined otherwise.
 */
export function roleBeforeUnit(text: string): string | undefined {
  const unit = ROLE_IN_UNIT.exec(text.trim());
  if (!unit || /[,;|]/.test(text)) return undefined;
  const role = unit[1]!.trim();
  if (employerNamedAfterIn(text.trim(), role, unit[2]!)) return undefined;
  // the role's words are weighed on their own: weighPhrase asks this of the whole phrase, and the role before the unit
  // is shorter each time, so the recursion ends
  return role.split(/\s+/).length <= 6 && weighPhrase(role).role >= 0.9 ? role : undefined;
}

/**
 * "Software Engineer in Alibaba Group", "Teaching Assistant in Boston College": a bare "in" before a phrase that weighs
 * as an organisation or a school by itself names the employer, not a unit of it; "in the School of Business" does not.
 */
function employerNamedAfterIn(text: string, role: string, unit: string): boolean {
  const link = text.slice(role.length, text.length - unit.length).trim().toLowerCase();
  const e = weighPhrase(unit);
  return link === "in" && Math.max(e.org, e.school) >= 0.7;
}

/** The lean of a phrase towards a role (positive) or an organisation (negative). */
export const roleLean = (e: Evidence) => e.role - Math.max(e.org, e.school);

/**
 * The word lists that tell a role from an organisation and a school, read from
 * the data files in vocabulary/ and compiled once into patterns that match a
 * word of any of their languages.
 */
import { FRAMED } from "../parse/text-title-shape.js";
import certifications from "./vocabulary/certifications.json" with { type: "json" };
import employmentTypes from "./vocabulary/employment-types.json" with { type: "json" };
import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import organisations from "./vocabulary/organisations.json" with { type: "json" };
import orgUnits from "./vocabulary/org-units.json" with { type: "json" };
import roles from "./vocabulary/roles.json" with { type: "json" };
import schools from "./vocabulary/schools.json" with { type: "json" };
import schoolTiers from "./vocabulary/school-tiers.json" with { type: "json" };
import studyRoles from "./vocabulary/study-roles.json" with { type: "json" };
import workKinds from "./vocabulary/work-kinds.json" with { type: "json" };
import { trieSource, escapeRegExp } from "./word-trie.js";

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * One pattern for words of many languages: a Latin or Cyrillic word must stand
 * alone (a plural -s allowed), while CJK, written without spaces, matches
 * inside a longer run ("工程师" in "高级工程师").
 */
function wordPattern(words: Iterable<string>, flags = "iu"): RegExp {
  const all = [...new Set([...words].map((w) => (flags.includes("i") ? w.toLowerCase() : w)))].sort((a, b) => b.length - a.length);
  const spaced = byFirstLetter(all.filter((w) => !CJK.test(w)));
  const cjk = byFirstLetter(all.filter((w) => CJK.test(w)));
  const parts = [];
  if (spaced) parts.push(`(?<![\\p{L}\\p{N}])(?:${spaced})s?(?![\\p{L}\\p{N}])`);
  if (cjk) parts.push(`(?:${cjk})`);
  return new RegExp(parts.join("|"), flags);
}

/**
 * An alternation of `words` grouped by their first letter, each group in the words' order: V8 tries an
 * alternation's words one by one at every character of a text, and with every word in one list each test
 * of a phrase tried hundreds. (A full trie, trieSource, costs several milliseconds more to build as the CLI
 * starts, and gained little more.)
 */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const [first = ""] = word;
    const group = groups.get(first) ?? groups.set(first, []).get(first)!;
    group.push(escapeRegExp(word.slice(first.length)));
  }
  return [...groups].map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.join("|")})`).join("|");
}

const languages = <T>(data: Record<string, T>): T[] => Object.entries(data).filter(([key]) => key !== "about").map(([, v]) => v);

const { modifiers, teams, grades, ...roleWords } = roles;

/**
 * " II", " 3", " Level 2", " Grade 7": the grade after a job title's role word ("Software Engineer Level 2"), which
 * the title does not end in.
 */
const GRADE_WORDS = languages(grades as unknown as Record<string, string[]>).flat().flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
export const GRADE_SUFFIX = new RegExp(`\\s+(?:(?:${GRADE_WORDS.map(escapeRegExp).join("|")})\\s+)?(?:I{1,3}|IV|V|\\d{1,2})$`, "u");

/** Words that make a phrase a job title, in any language vitae knows. */
export const ROLE_WORDS = wordPattern(languages(roleWords as unknown as Record<string, string[]>).flat());

const EMPLOYMENT_TYPES = languages(employmentTypes as unknown as Record<string, string[]>).flat();
const EMPLOYMENT_TYPE = wordPattern(EMPLOYMENT_TYPES);
/** The longest phrase that can be an employment type: its longest word, and a plural "s". */
const EMPLOYMENT_TYPE_MAX_LENGTH = Math.max(...EMPLOYMENT_TYPES.map((w) => w.length)) + 1;

/** "Full-time", "Teilzeit", "CDD": a phrase that says only on what terms a job was held. */
export function isEmploymentType(text: string): boolean {
  const phrase = text.trim();
  // most lines asked about are longer than any type: the pattern need not walk them
  if (phrase.length > EMPLOYMENT_TYPE_MAX_LENGTH) return false;
  const m = EMPLOYMENT_TYPE.exec(phrase);
  return m?.index === 0 && m[0].length === phrase.length;
}

const WORK_KINDS = new Set(languages(workKinds as unknown as Record<string, string[]>).flat());

/** "Research", "Professional", "Lehre:": a phrase that names only a kind of work, as a sub-heading grouping jobs does. */
export function namesKindOfWork(text: string): boolean {
  return WORK_KINDS.has(text.replace(/[:：]\s*$/u, "").trim().toLowerCase());
}

/** "Vollzeit: Monteur…", "Full-time: Software Engineer": the terms of the job written before its title, with their colon, or undefined. */
export function employmentTypeLead(text: string): string | undefined {
  const m = /^\s*([^:：]{2,30})[:：]\s+(?=\S)/u.exec(text);
  const type = m?.[1]!.trim();
  return type && isEmploymentType(type) ? m![0] : undefined;
}

/** The role words of languages that write compounds, as the heads of longer words ("Sozialpraktikum", "Vertriebsleiter", "projectleider", "szoftverfejlesztő"). */
const COMPOUND_HEADS = (["de", "nl", "sv", "da", "no", "fi", "hu"] as const).flatMap((lang) => ((roleWords as unknown as Record<string, string[]>)[lang] ?? []).filter((w) => /^\p{L}{5,}$/u.test(w)));
/** A word made of a word before a role word of a compounding language: a job title in one word. */
export const ROLE_COMPOUND = new RegExp(`^\\p{L}{3,}(?:${trieSource(COMPOUND_HEADS.map((w) => w.toLowerCase()))})$`, "iu");

/** Words that qualify a job title before its role word ("Systems Analyst", "Senior Backend Developer"). */
export const ROLE_MODIFIERS = wordPattern(languages(modifiers as unknown as Record<string, string[]>).flat());

const isShort = (form: string) => /^[\p{L}]{1,3}$/u.test(form);
// company forms are written capitalised ("Ford Motor Company", "ACME LTD"): "an awesome compression company" names none
const cased = (form: string) => [form, form.toUpperCase(), form[0]!.toUpperCase() + form.slice(1)];
const LONG_FORMS = wordPattern(organisations.legalForms.filter((f) => !isShort(f)).flatMap(cased), "u");
// "Acme AG", "Foo Co": a short form counts in its own case and at the end of a name, so "Boulder CO" stays a place
const SHORT_FORMS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${organisations.legalForms.filter(isShort).map(escapeRegExp).join("|")})(?=\\s*(?:[,)]|$))` +
    // "ООО «Ромашка»", "ТОВ Термал Віжн": the forms CIS CVs write before the name, at the start of the phrase
    `|^(?:${organisations.legalFormsBefore.map(escapeRegExp).join("|")})(?=\\s+[\\p{Lu}«"“„'])`,
  "u",
);

/** Company forms ("GmbH", "Ltd", "株式会社") that make a phrase a company. */
export const LEGAL_FORM = { test: (text: string) => LONG_FORMS.test(text) || SHORT_FORMS.test(text) };

const FORMS = new Set(organisations.legalForms.map((f) => f.toLowerCase()));

/** "Inc", "GmbH" alone: the end of a company's name after its comma ("CoreOS, Inc"), not a name of its own. */
export const isLegalFormAlone = (text: string) => FORMS.has(text.trim().toLowerCase());

const ORG_NOUNS = wordPattern(languages(organisations.words).flat());

/** Words that make a phrase an organisation, company forms included. */
export const ORG_WORDS = { test: (text: string) => LEGAL_FORM.test(text) || ORG_NOUNS.test(text) };

const FIELD_HEADS = new Set(languages(organisations.fieldHeads as unknown as Record<string, string[]>).flat());
/** "Services", "Systems", "Group": an organisation's noun that heads a field or a department as often as a name. */
export const isFieldHead = (word: string) => FIELD_HEADS.has(word.toLowerCase());

const UNIT_LINKS = languages(orgUnits.links).flat().sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const UNIT_NOUNS = languages(orgUnits.units).flat().sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
/**
 * "Assistant Professor in the School of Business", "Postdoc in the Physics Division": words, a link word, and a
 * unit's phrase that opens or ends with a unit's word; the first group holds the words before the link.
 */
export const ROLE_IN_UNIT = new RegExp(`^(.+?)\\s+(?:${UNIT_LINKS})\\s+((?:${UNIT_NOUNS})s?(?![\\p{L}]).*|.*[\\s-](?:${UNIT_NOUNS})s?)$`, "iu");

const UNIT_PHRASE = new RegExp(`^(?:${UNIT_NOUNS})s?(?![\\p{L}])|[\\s-](?:${UNIT_NOUNS})s?$`, "iu");
/** "Data Institute", "Department of Sociology": a phrase that opens or ends with a unit's word (org-units.json). */
export const namesUnit = (text: string) => UNIT_PHRASE.test(text.trim());

/** What is written where an employer would go for work on one's own account ("Freelance", "Self-Employed", "Independent Developer (Games)"). */
export const SELF_EMPLOYED = new RegExp(`^(?:${organisations.selfEmployed.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu");

/** The tiers Chinese CVs bracket after a school's name ("985", "双一流"), as one pattern's source. */
export const SCHOOL_TIER = trieSource(languages(schoolTiers as unknown as Record<string, string[]>).flat());

/** Words that make a phrase a school, and the short names schools go by. */
export const SCHOOL_WORDS = wordPattern(languages(schools as unknown as Record<string, string[]>).flat());

/** The school words of languages that write compounds, as the heads of longer words ("Lessinggymnasium", "Musikhochschule", "folkhögskola"). */
const SCHOOL_HEADS = (["de", "nl", "sv", "da", "no", "fi"] as const).flatMap((lang) => ((schools as unknown as Record<string, string[]>)[lang] ?? []).filter((w) => /^\p{L}{6,}$/u.test(w)));
/** A word made of a word before a school word of a compounding language: a school named in one word. */
export const SCHOOL_COMPOUND = new RegExp(`^\\p{L}{3,}(?:${trieSource(SCHOOL_HEADS.map((w) => w.toLowerCase()))})$`, "iu");

/** "Chartered", "Certified", "ACCA", "PMP": what makes a qualification a professional certification, not a degree. */
export const CERTIFICATION_WORDS = wordPattern([...certifications.words, ...certifications.initials, ...certifications.platforms]);

/** "UTAH STATE UNIVERSITY", "Acme Inc.", "ACME INC": a phrase that names a school or a company, in whatever case it is set. */
export function namesSchoolOrCompany(text: string): boolean {
  const titled = text.toLowerCase().replace(/(?<!\p{L})\p{L}/gu, (c) => c.toUpperCase());
  return SCHOOL_WORDS.test(text) || LEGAL_FORM.test(text) || LEGAL_FORM.test(titled);
}

const TEAM_WORD = wordPattern(languages(teams as unknown as Record<string, string[]>).flat());

/** "Data Analytics and Infrastructure", "LLM Inference Optimization": a phrase made only of words that name a team or field. */
export function namesATeam(text: string): boolean {
  const words = text.replace(/\([^)]*\)/g, " ").split(/[\s/]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => TEAM_WORD.test(w));
}

/** "Student …", "Graduate Student" where a job title goes: the entry is a study at the school named beside it. */
export const STUDY_ROLE = new RegExp(`^(?:${[...studyRoles.words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu");

/** The labels, in lower case, that name any of `fields` of an entry ("Company:", "Zeitraum:", "学校名："). */
export function entryLabelsOf(...fields: Exclude<keyof typeof entryLabels, "about">[]): ReadonlySet<string> {
  return new Set(fields.flatMap((field) => entryLabels[field]).map((label) => label.toLowerCase()));
}

/**
 * Whether a line is wholly one of the labels of `fields`, with or without its colon; "【担当業務】", "[주요 업무]": the
 * lenticular brackets a Japanese or Korean CV sets a label in, in place of bold or a colon, are no part of it.
 */
function isLabelOf(...fields: Exclude<keyof typeof entryLabels, "about">[]): (text: string) => boolean {
  const labels = entryLabelsOf(...fields);
  const bare = (text: string) => text.trim().replace(/[:：]$/u, "").replace(FRAMED, "$1");
  return (text) => labels.has(bare(bare(text)).toLowerCase());
}

/** "Responsibilities", "**Accomplishments:**", "担当業務": a line that only titles what a job involved, no role, employer or place. */
export const titlesDuties = isLabelOf("duties");

/** "Technical Environment", "Team size": the label of a fact about a job (its tools, team, terms), none of its header's fields. */
export const labelsDetail = isLabelOf("detail");

/** "Period", "期間：", "기간": the label of an entry's dates, which names nothing of the entry once its dates are cut. */
export const labelsDates = isLabelOf("dates", "start");

/** True when `label` opens `line` (after any marks) and a colon follows it: "- Company: Acme", not "Acme Company". */
export function labelsValue(label: string, line: string): boolean {
  const at = line.toLowerCase().indexOf(label.toLowerCase());
  return at >= 0 && /^\W*$/.test(line.slice(0, at)) && /^\W*[:：]/.test(line.slice(at + label.length));
}

import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { splitLeadingRole, splitTrailingRole } from "./evidence/trailing-role.js";
import { describesEmployer, namesLineOfBusiness } from "./evidence/employer-description.js";
import { isLegalFormAlone, LEGAL_FORM, namesATeam, ROLE_MODIFIERS, ROLE_WORDS, SELF_EMPLOYED } from "./vocabulary.js";
import { withoutDates } from "./dates.js";
import { namesDegree } from "./degrees.js";
import { trimSeparators } from "./entry-parts.js";
import { type Entry } from "./layout/lines.js";
import { nameBeforeProse } from "./sentences.js";
import { AT_WORD, maskBrackets } from "./layout/split-line.js";
import { lineOf, readHeadPhrases, type HeadPhrase, type HeadReading } from "./layout/head-phrases.js";
import { rolesBeforeEmployer } from "./layout/roles-before-employer.js";
import { namesNothingElse } from "./job-lines.js";
import { roleBeforeOrganisation } from "./role-for-organisation.js";

/** A header phrase that holds a role and an organisation ("Engineer at Acme", "Tech Lead, Incubyte") is cut in two. */
export function refinedReading(entry: Entry): HeadReading {
  const reading = readHeadPhrases(entry);
  // "### Acme" over "Аутсорсинговая компания. Москва, Россия.", "**Acme** | CEO | Awesome compression company": what
  // the header says of the employer describes the organisation (JSON Resume's work description), naming no one
  const described = reading.phrases.length > 1 ? reading.phrases.filter((p) => describesEmployer(p.text)) : [];
  if (described.length && described.length < reading.phrases.length) {
    reading.phrases = reading.phrases.filter((p) => !described.includes(p));
    reading.aliases = [...described.map((p) => p.text), ...reading.aliases];
  }
  const names = reading.phrases.filter((p) => p.evidence.place < 0.9 && roleLean(p.evidence) <= 0);
  reading.phrases = reading.phrases.flatMap((p) => {
    // "Tech Lead, Inference Platform" under an organisation of its own is one role with its team
    // "Software engineer at Redgage LLC" over "dates | Zavolzhie": a role set at its employer in words is cut so
    // whatever else the header names; so is "Desarrollador Senior - INGESIS S. A." beside "División de Seguros", a role
    // and a company that says so by its form
    // "Stażysta Perfekt Instal | Szczecin": beside places alone, a role run into the employer it opens
    const besidePlaces = reading.phrases.every((o) => o === p || o.evidence.place >= 0.9);
    const leading = besidePlaces ? splitLeadingRole(p.text) : undefined;
    // "Ingénieur Développeur chez SFR. Développement de la box…": the employer's name ends where a sentence about the
    // job begins, and the sentences are the job's text
    // "## Acme" over "Especialista em Digital Analytics": where another phrase names the employer, a word for "at" that
    // also introduces a field ("em", "en", "w") goes on with the role's field, cutting nothing
    const said = roleAtEmployerSaying(p.text);
    // (on a line of its own: beside it, "Ingeniera de Software en Indra | Banco Santander" names the employer and a client)
    const namedAbove = names.some((n) => lineOf(n) !== lineOf(p));
    const at = said && !(namedAbove && FIELD_AT.test(p.text.slice(said.role.length))) ? said : undefined;
    if (at?.said) reading.prose.push(at.said);
    const others = names.filter((n) => n !== p);
    const pair =
      (at && ([at.role, at.employer] as [string, string])) ??
      (others.length ? companyBesideRole(p, others) : (splitPair(p.text) ?? (reading.phrases.length === 1 ? splitTrailingRole(p.text) : undefined) ?? (leading && ([leading[1], leading[0]] as [string, string]))));
    return pair ? pair.map((text, k) => ({ ...p, text, slot: `${p.slot}${k ? "b" : "a"}`, evidence: weighPhrase(text) })) : [p];
  });
  // "### Cuoco & Pizzaiolo" over "**Ristorazione**", "Desarrollador · Sector bancario": where nothing else names an
  // employer, the line of business beside a role says in what trade the job was, and names no one
  const trades = reading.phrases.filter((p) => namesLineOfBusiness(p.text));
  const named = reading.phrases.some((p) => !trades.includes(p) && p.evidence.place < 0.9 && roleLean(p.evidence) <= 0);
  if (trades.length && !named && reading.phrases.some((p) => roleLean(p.evidence) > 0.3)) {
    reading.phrases = reading.phrases.filter((p) => !trades.includes(p));
    reading.aliases = [...trades.map((p) => p.text), ...reading.aliases];
  }
  return reading;
}

/**
 * A phrase that leans to a role, beside the header's other phrases that name no role, cut into a role and a company
 * that says so by its form ("S. A.", "GmbH") or, set apart by a dash, by a word for a kind of organisation where all
 * the header says besides is the employer's line of business ("Analista III - Banco Andino" beside "Seguros y
 * Fianzas"). Beside a name ("Consultant - Financial Services" beside "Deloitte") the organisation's word names a
 * department or a practice of that employer, and a team ("Tech Lead - Platform Services") is the role's: one role.
 */
function companyBesideRole(p: HeadPhrase, others: readonly HeadPhrase[]): [string, string] | undefined {
  if (roleLean(p.evidence) <= 0.3 && !LEGAL_FORM.test(p.text)) return undefined;
  const pair = splitPair(p.text);
  // (beside a comma, a unit of the employer follows the role as often: "Associate, Department Strategic Planning")
  const dashed = /\s[-–—]\s/u.test(p.text) && others.every((o) => namesLineOfBusiness(o.text));
  const saysCompany = (part: string) => (LEGAL_FORM.test(part) || (dashed && weighPhrase(part).org >= 0.7 && !namesATeam(part))) && roleLean(weighPhrase(part)) < 0;
  return pair && pair.some(saysCompany) ? pair : undefined;
}

/** A web address that ends a line after a name. */
export const TRAILING_ADDRESS = /\s+(?:https?:\/\/|www\.)\S+$/iu;

/** The words for "at" that also introduce a role's field ("Especialista em Análise", "Ingeniero en Sistemas"). */
const FIELD_AT = /^\s+(?:em|en|w)\s/u;
// "NEH Fellow at the USC Center": the article after "at" is no part of the employer's name; "工程師 @思華科技", "Engineer
// @Acme", "검색 개발@NAVER Corp": an "@" glued to the employer's name, as a handle is, still reads "at", after a space or
// glued to a role in CJK script, which sets no spaces ("Dev@Home", "AI@Meta" are names; an e-mail address, whose host
// has a dot and no space, is kept whole below)
const GLUED_AT = "(?:\\s+|(?<=[\\p{sc=Han}\\p{sc=Hangul}\\p{sc=Hiragana}\\p{sc=Katakana}]))@";
const ROLE_AT = new RegExp(`^(.+?)(?:\\s+${AT_WORD}\\s+(?:the\\s+(?=[\\p{Lu}\\d]))?|${GLUED_AT}(?=[\\p{L}\\d]))(\\S.+)$`, "u");
/** "Engineer at Acme", "Dev @ Initech": a short role plainly at a capitalised name. */
const PLAIN_AT = new RegExp(`^\\S+(?:\\s\\S+){0,3}(?:\\s+at\\s+|${GLUED_AT}\\s*)[\\p{Lu}\\d]`, "u");
const E_MAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/**
 * "Software Engineer at Google", "Ingénieur chez Airbus": a role and its employer joined by the word for "at"; "Dev-Ops at
 * Mobilous": a short phrase that names no employer before "at" and a capitalised name after it, though neither has a
 * word that says so (only "at" and "@", since "en", "em" and "w" also introduce a field or a place).
 */
function roleAtEmployer(text: string): [string, string] | undefined {
  const at = roleAtEmployerSaying(text);
  // the sentences after the employer's name stay with it, as written, where no caller takes them as the job's text
  return at && [at.role, at.written];
}

/**
 * A role at its employer, and the sentences that describe the job after the employer's name ("Ingénieur Développeur chez
 * SFR. Développement de la box…"): the name ends where the first of them begins.
 */
function roleAtEmployerSaying(text: string): { role: string; employer: string; said?: string; written: string } | undefined {
  if (E_MAIL.test(text.trim())) return undefined;
  const atWord = ROLE_AT.exec(text);
  const at = atWord ? [atWord[1]!, atWord[2]!] : roleBeforeOrganisation(text);
  // "Trainee em ciência de dados", "Ingeniero en sistemas": a field in lower case, no employer's name, follows the word;
  // after "em", "en" or "w", which introduce a field as often as an employer, a phrase in lower case is always the
  // field ("Testes funcionais em software embarcado e coordenação de equipes"), unless a capital inside names a brand
  const lower = at && /^\p{Ll}/u.test(at[1]) && !/^\p{Ll}+\p{Lu}/u.test(at[1]);
  if (!at || (lower && (weighPhrase(at[1]).org === 0 || (atWord && FIELD_AT.test(text.slice(at[0].length, text.length - at[1].length)))))) return undefined;
  const [name, said] = nameBeforeProse(at[1]);
  const before = weighPhrase(at[0]);
  const [role, employer] = [roleLean(before), roleLean(weighPhrase(name))];
  const read = { role: at[0], employer: name, said, written: at[1] };
  if (role > 0.3 && employer <= 0.3) return read;
  const plain = PLAIN_AT.test(text) && role >= 0 && employer <= 0 && before.org === 0;
  return plain ? read : undefined;
}

/** Two phrases, one of which reads as a role and the other not at all, in their order; undefined otherwise. */
function roleBesideOther(a: string, b: string): [string, string] | undefined {
  const [la, lb] = [roleLean(weighPhrase(a)), roleLean(weighPhrase(b))];
  return (la > 0.3 && lb <= 0) || (lb > 0.3 && la <= 0) ? [a, b] : undefined;
}

/**
 * "Software Engineer at Whereby (June 2023 - Present)", "Clinetic - Software Engineer": a phrase that pairs a job title
 * with an employer, its dates set aside, names a job where no section's title says that jobs are listed; a degree's
 * title ("PhD in Physics, MIT") is a study's.
 */
export function pairsRoleAndEmployer(text: string): boolean {
  const words = trimSeparators(withoutDates(text));
  return !namesDegree(words) && splitPair(words) !== undefined;
}

/** "Software Engineer at Google", "Tech Lead, Incubyte", "Google, Engineer": a role beside something that is not one. */
function splitPair(text: string): [string, string] | undefined {
  // "阿里巴巴（上海）有限公司/Java开发工程师": a company form before the slash, a role after it
  const slash = /^([^/]*\S)\/(\S[^/]*)$/.exec(text.replace(/[；;]$/, ""));
  if (slash && roleLean(weighPhrase(slash[1]!)) <= 0 && roleLean(weighPhrase(slash[2]!)) > 0.3) return [slash[1]!.trim(), slash[2]!.trim()];
  // "腾讯 前端工程师": a space between Chinese or Japanese words sets phrases apart, as their prose sets none
  const spaced = /^(\S*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])\s+([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\S*)$/u.exec(text);
  const besideSpace = spaced && roleBesideOther(spaced[1]!, spaced[2]!);
  if (besideSpace) return besideSpace;
  const at = roleAtEmployer(text);
  if (at) return at;
  // "Acme — Engineer" inside a phrase cut at a stronger separator ("Acme — Engineer · 2026"); never at a dash inside
  // brackets, which qualify the role ("Data Strategy Consultant (Part - time)")
  for (const dash of [/\s+[—–]\s+/, /\s+-\s+/]) {
    const at = maskBrackets(text).search(dash);
    const besideDash = at >= 0 && roleBesideOther(text.slice(0, at), text.slice(at).replace(dash, ""));
    if (besideDash) return besideDash;
  }
  // "博士研究員、ユヴァスキュラ大学": the ideographic comma sets phrases apart as ", " does
  const comma = /, |[、，]/.exec(text);
  if (!comma) return undefined;
  const listed = rolesBeforeEmployer(text);
  if (listed) return listed;
  const [a, b] = [text.slice(0, comma.index), text.slice(comma.index + comma[0].length)];
  const [ea, eb] = [weighPhrase(a), weighPhrase(b)];
  // "Account Manager, Intended Search" / "Intended Search, Account Manager"; never "CoreOS, Inc" or "Team Lead, Platform"
  if (isLegalFormAlone(b) || namesATeam(b)) return undefined;
  if (roleLean(ea) > 0.3 && roleLean(eb) <= 0) return [a, b];
  if (roleLean(eb) > 0.3 && roleLean(ea) <= 0) return [a, b];
  // "Freelance IT consultant, Quillmark": work on one's own account said with a job title, beside a name that is no
  // role, is the title, the name the employer (as the header's phrases are read when a separator sets them apart)
  if (isFreelanceTitle(a) && !SELF_EMPLOYED.test(b) && roleLean(eb) <= 0 && eb.place < 0.9) return [a, b];
  // "Webdeveloper, Engelstein GmbH": a company that says so by its form beside a phrase that names no organisation,
  // school or place is beside its role, a word the vocabulary may not know
  // (never a comma inside a bracket: "晨星资讯（Morningstar, Inc.）")
  const bracketOpen = /[(（][^)）]*$/.test(a);
  const [formA, formB] = [endsInLegalForm(a), endsInLegalForm(b)];
  if (!bracketOpen && formA !== formB && namesNothingElse(formB ? ea : eb) && roleLean(formB ? eb : ea) <= 0) return [a, b];
  return undefined;
}

/** "Freelance IT consultant", "Selbständiger Entwickler": a self-employment label that ends in a job title. */
export const isFreelanceTitle = (text: string) => SELF_EMPLOYED.test(text) && ROLE_WORDS.test(text.split(/\s+/).at(-1)!);

/**
 * "Engelstein GmbH", "Acme Inc.": a company's name ends in its legal form, in the cases the vocabulary writes it (a
 * lower-case "ltda" may be a word of the name); a form inside a phrase ("Peace Corps Volunteer") says less, and a
 * short one after a role's word may be the role's abbreviation ("Principal SE", a software engineer).
 */
export const endsInLegalForm = (text: string) => {
  const [, before = "", last = ""] = /^(.*?)(?:^|\s)(\S+)$/.exec(text.trim()) ?? [];
  return LEGAL_FORM.test(last) && (isLegalFormAlone(last) || isLegalFormAlone(last.replace(/\.$/, ""))) && !ROLE_WORDS.test(before) && !ROLE_MODIFIERS.test(before);
};

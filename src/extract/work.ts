import type { Work } from "../resume/schema.js";
import type { SourceLine } from "../parse/source-line.js";
import { compact, jobDates } from "./date-fields.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { splitBracketedRole, splitLeadingRole, splitTrailingRole } from "./evidence/trailing-role.js";
import { describesEmployer } from "./evidence/employer-description.js";
import { isKnownTown } from "./evidence/places.js";
import { countryCode } from "./contacts.js";
import { termsApart } from "./employment-terms.js";
import { closingProseToJobAbove } from "./closing-prose.js";
import { isEmploymentType, isLegalFormAlone, LEGAL_FORM, namesATeam, ROLE_MODIFIERS, ROLE_WORDS, SELF_EMPLOYED, titlesDuties } from "./vocabulary.js";
import workLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import employerKinds from "./vocabulary/employer-kinds.json" with { type: "json" };
import { findDates, withoutDates } from "./dates.js";
import { namesDegree } from "./degrees.js";
import { isLocation, isPlaceLine, readBody, trimSeparators, withoutClosingStop } from "./entry-parts.js";
import { hasDate, isDateOnly, isTitleLike, startsWithDate, type Entry } from "./layout/lines.js";
import { closingDatesAt } from "./closing-dates.js";
import { takeFieldLines, withFields } from "./field-lines.js";
import { nameBeforeProse } from "./sentences.js";
import { AT_WORD, isDetailLine, isSupervisorLine, lineOf, maskBrackets, readHeadPhrases, splitTrailingPlace, voteSlots, type HeadPhrase, type HeadReading } from "./layout/head-phrases.js";
import { joinLabelledPairs } from "./layout/labelled-pairs.js";
import { splitRoleGroups } from "./layout/role-groups.js";
import { joinProjectsToJobs } from "./layout/projects-in-jobs.js";
import { townAfterCompany } from "./layout/town-after-company.js";
import { rolesAlone, spanOf } from "./layout/roles-alone.js";
import { rolesBeforeEmployer } from "./layout/roles-before-employer.js";

/** A job read from its entry, with what the section's other entries said about the layout. */
export interface ReadWork {
  work: Work;
  entry: Entry;
  /** What was guessed for lack of evidence, and how to write it so that nothing has to be. */
  doubt?: string;
}

/**
 * Reads a section of jobs. Each entry's header is cut into phrases; what each
 * phrase is (role, organisation, place) is weighed from the vocabularies and
 * from what the same slot holds across the section's entries. One
 * organisation over several dated roles gives one job per role.
 */
export function readWorkSection(entries: readonly Entry[], key: "work" | "volunteer"): ReadWork[] {
  // labelled lines ("Location: Berlin", "Keywords: Go") set fields; they are taken out before the entry is read
  const taken = joinLabelledPairs(joinProjectsToJobs(entries), (label) => LABEL_OF.has(label))
    .flatMap(splitRoleGroups)
    .map((e) => takeFieldLines(e, key));
  const readings = taken.map(({ entry }) => refinedReading(entry));
  const votes = voteSlots(readings, roleLean);
  // dates that close an entry's body are its own only where every entry is dated so (a page's right-hand date
  // column); where one is not, they may be the next entry's, written above it
  const datesClose = taken.every(({ entry }, i) => readings[i]!.dates || closingDatesAt(entry.body) >= 0);
  const jobs = taken.map(({ entry, fields }, i) => {
    const { work, doubt } = toWork(entry, readings[i]!, votes, namedColumns(entry), datesClose);
    // a place the entry's lines say (a "Location:" line) wins over the town after a labelled employer's comma
    const { employerPlace, ...labelled } = labelledFields(entry);
    const location = work.location ?? employerPlace;
    return { entry, work: withFields(termsApart({ ...work, ...labelled, ...(location && { location }) }), fields), ...(doubt && !labelled.position ? { doubt } : {}) };
  });
  return promotionsAt(lendOrganisations(townsAfterEmployers(closingProseToJobAbove(jobs))));
}

const EMPLOYER_NOTES = new Set(Object.values(employerKinds.notes).flat());
/** "Fintech", "Now Fabrikam", "Ehemals Beispiel GmbH": a bracket's words about the employer, not its town. */
const saysOfEmployer = (text: string) => EMPLOYER_NOTES.has(text.toLowerCase()) || EMPLOYER_NOTES.has(text.split(/\s+/)[0]!.toLowerCase());

/**
 * "Groupe SEB, Écully" among "Crédit Agricole Centre-Est, Lyon" and "Decathlon, Villeneuve-d'Ascq": where the section
 * writes its employers' towns after a comma, a capitalised word or two after an employer's comma is its town, though
 * no gazetteer knows so small a one. "Acme (Louisville)" among "Beta (Denver)": so too in brackets, where the section
 * writes them so, unless the bracket says what the employer does or was called ("Tidewell (Fintech)", "Contoso (Now
 * Fabrikam)"), as it does as often.
 */
function townsAfterEmployers(jobs: ReadWork[]): ReadWork[] {
  const town = String.raw`(\p{Lu}[\p{L}'\u2019]+(?:[\s-]\p{Lu}[\p{L}'\u2019]+)?)`;
  const styles = [
    { joined: (n: string, t: string) => `${n}, ${t}`, cut: new RegExp(String.raw`^(.+),\s+${town}$`, "u"), bracketed: false },
    { joined: (n: string, t: string) => `${n} (${t})`, cut: new RegExp(String.raw`^(.+?)\s+\(${town}\)$`, "u"), bracketed: true },
  ];
  const written = (job: ReadWork, style: (typeof styles)[number]) => job.entry.head.some((l) => l.text.includes(style.joined(job.work.name!, job.work.location!)));
  const style = styles.find((st) => jobs.filter((j) => j.work.name && j.work.location && written(j, st)).length >= 2);
  if (!style) return jobs;
  return jobs.map((job) => {
    const m = !job.work.location && job.work.name ? style.cut.exec(job.work.name) : null;
    if (!m || weighPhrase(m[2]!).org > 0 || roleLean(weighPhrase(m[2]!)) > 0 || (style.bracketed && saysOfEmployer(m[2]!))) return job;
    return { ...job, work: { ...job.work, name: m[1]!, location: m[2]! } };
  });
}

/** The months since year 0 of an ISO date with its month ("2018-06"), else undefined. */
const monthIndex = (date: string | undefined) => (date && /^\d{4}-\d{2}/.test(date) ? Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) : undefined);

/**
 * "ACME CORPORATION" / "Senior Accountant, June 2018 – Present" / … / "Staff Accountant, January 2015 – May 2018":
 * a role with no organisation whose dates run on into those of the job beside it (a promotion, in either order)
 * is another role at that job's organisation. The reading is a guess, and says so.
 */
function promotionsAt(jobs: ReadWork[]): ReadWork[] {
  return jobs.map((job, i) => {
    const before = jobs[i - 1]?.work;
    const { work } = job;
    if (!before?.name || work.name || !work.position) return job;
    const [start, end, beforeStart, beforeEnd] = [work.startDate, work.endDate, before.startDate, before.endDate].map(monthIndex);
    const runsOn = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && b - a >= 0 && b - a <= 2;
    if (!runsOn(end, beforeStart) && !runsOn(beforeEnd, start)) return job;
    const doubt = `"${work.position}" names no organisation, and its dates run on from those of the job above it: it was read as another role at ${before.name}; if it was held elsewhere, name the organisation on its line ("${work.position}, Organisation, dates")`;
    // where the organisation is goes with it, unless the role says otherwise
    return { ...job, work: { ...work, name: before.name, ...(!work.location && before.location && { location: before.location }) }, doubt };
  });
}

/** A header phrase that holds a role and an organisation ("Engineer at Acme", "Tech Lead, Incubyte") is cut in two. */
function refinedReading(entry: Entry): HeadReading {
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
    const pair =
      (at && ([at.role, at.employer] as [string, string])) ??
      (names.some((n) => n !== p) ? companyBesideRole(p) : (splitPair(p.text) ?? (reading.phrases.length === 1 ? splitTrailingRole(p.text) : undefined) ?? (leading && ([leading[1], leading[0]] as [string, string]))));
    return pair ? pair.map((text, k) => ({ ...p, text, slot: `${p.slot}${k ? "b" : "a"}`, evidence: weighPhrase(text) })) : [p];
  });
  return reading;
}

/** A phrase with no evidence of an organisation, a school or a place: what is left of a header beside its employer. */
const namesNothingElse = (e: ReturnType<typeof weighPhrase>) => e.org <= 0 && e.school <= 0 && e.place < 0.5;

/** A phrase that leans to a role cut into a role and a company that says so by its form ("S. A.", "GmbH"). */
function companyBesideRole(p: HeadPhrase): [string, string] | undefined {
  if (roleLean(p.evidence) <= 0.3 && !LEGAL_FORM.test(p.text)) return undefined;
  const pair = splitPair(p.text);
  return pair && pair.some((part) => LEGAL_FORM.test(part) && roleLean(weighPhrase(part)) < 0) ? pair : undefined;
}

/** A short bullet naming an organisation or a school, and saying nothing of it ("NOAA Geophysical Fluid Dynamics Laboratory"). */
function namesEmployer(text: string): boolean {
  const e = weighPhrase(text);
  return isTitleLike(text) && !/[:：]/.test(text) && text.split(/\s+/).length <= 8 && Math.max(e.org, e.school) > 0 && roleLean(e) <= 0 && e.place < 0.9;
}

/** Whether the place phrase at `at`, one name alone, stands in a slot where the section names employers, beside roles only. */
function namesEmployerBesideRoles(phrases: readonly HeadPhrase[], at: number, votes: ReadonlyMap<string, number>): boolean {
  const place = phrases[at]!;
  const others = phrases.filter((p) => p !== place);
  return !/[,(]/.test(place.text) && (votes.get(place.slot) ?? 0) <= -0.3 && others.length > 0 && others.every((p) => roleLean(p.evidence) > 0.3);
}


/** A short title that can name an employer: no place by the gazetteer, no lean to a role. */
function mayNameEmployer(text: string): boolean {
  const evidence = weighPhrase(text);
  return isTitleLike(text) && evidence.place === 0 && roleLean(evidence) <= 0;
}

/** A line under a job's header that can name its employer, and no list. */
function employerLineUnder(body: readonly SourceLine[]): boolean {
  const under = body[0];
  return under?.kind === "text" && !under.text.includes(",") && mayNameEmployer(under.text);
}

/** A web address that ends a line after a name. */
const TRAILING_ADDRESS = /\s+(?:https?:\/\/|www\.)\S+$/iu;

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
  const at = E_MAIL.test(text.trim()) ? null : ROLE_AT.exec(text);
  // "Trainee em ciência de dados", "Ingeniero en sistemas": a field in lower case, no employer's name, follows the word
  if (!at || (/^\p{Ll}/u.test(at[2]!) && weighPhrase(at[2]!).org === 0)) return undefined;
  const [name, said] = nameBeforeProse(at[2]!);
  const before = weighPhrase(at[1]!);
  const [role, employer] = [roleLean(before), roleLean(weighPhrase(name))];
  const read = { role: at[1]!, employer: name, said, written: at[2]! };
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
const isFreelanceTitle = (text: string) => SELF_EMPLOYED.test(text) && ROLE_WORDS.test(text.split(/\s+/).at(-1)!);

/**
 * "Engelstein GmbH", "Acme Inc.": a company's name ends in its legal form, in the cases the vocabulary writes it (a
 * lower-case "ltda" may be a word of the name); a form inside a phrase ("Peace Corps Volunteer") says less, and a
 * short one after a role's word may be the role's abbreviation ("Principal SE", a software engineer).
 */
const endsInLegalForm = (text: string) => {
  const [, before = "", last = ""] = /^(.*?)(?:^|\s)(\S+)$/.exec(text.trim()) ?? [];
  return LEGAL_FORM.test(last) && (isLegalFormAlone(last) || isLegalFormAlone(last.replace(/\.$/, ""))) && !ROLE_WORDS.test(before) && !ROLE_MODIFIERS.test(before);
};

/**
 * "| 기간 | 회사 | 역할 | 핵심 내용 |", "| Company | Role | Period |": the fields a table's header names for the columns of
 * the row that heads `entry`, by column, from the labels CVs write before a job's fields.
 */
function namedColumns(entry: Entry): Map<number, string> {
  const row = entry.head[0];
  const fields = (row?.kind === "row" ? (row.columnNames ?? []) : []).map((cell) => LABEL_OF.get(cell.toLowerCase()));
  return new Map(fields.flatMap((field, k) => (field === "name" || field === "position" ? [[k, field] as const] : [])));
}

/** Reads one job from its header phrases, the section's votes, and its body. */
function toWork(entry: Entry, reading: HeadReading, votes: ReadonlyMap<string, number>, columns: ReadonlyMap<number, string>, datesClose: boolean): { work: Work; doubt?: string } {
  const body = [...entry.body];
  const phrases = [...reading.phrases];
  // a header names its place last ("Kasa / Seoul, S.Korea"), where a name may happen to be a town's too
  const placeAt = phrases.map((p) => p.evidence.place >= 0.9 && p.evidence.org < 0.7).lastIndexOf(true);
  // "Senior Developer - Braintree" under "Software Engineer - New Relic, Inc.": a town's name alone beside nothing but
  // a role, where the section's other entries name their employer, is the employer named after it
  const townAsEmployer = placeAt >= 0 && namesEmployerBesideRoles(phrases, placeAt, votes);
  let location = placeAt >= 0 && !townAsEmployer ? phrases.splice(placeAt, 1)[0]!.text : undefined;
  // "Beispiel AG, Wil SG": a small town after a company's comma, before the company is told from the role
  const smallTown = location ? undefined : townAfterCompany(phrases, entry.head.map((l) => l.text).join("\n"));
  if (smallTown) {
    location = smallTown.town;
    phrases.splice(smallTown.at, 1);
    if (smallTown.said) reading.aliases.push(smallTown.said);
  }
  // a web address is the entry's link, unless it is all there is to name the employer ("flint.gg")
  const addresses = phrases.filter((p) => /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/\S*$/i.test(p.text));
  const candidates = phrases.filter((p) => !addresses.includes(p));
  // the section's layout decides where a phrase's own words say little
  // "Cordital — Freelance Marketeer": beside an employer's name, work on one's own account said with a job title is the title
  const freelanceTitle = (p: HeadPhrase) =>
    isFreelanceTitle(p.text) && candidates.some((o) => o !== p && !SELF_EMPLOYED.test(o.text) && roleLean(o.evidence) <= 0);
  const lean = (p: HeadPhrase) => {
    const own = freelanceTitle(p) ? p.evidence.role + 0.4 : roleLean(p.evidence);
    const vote = (votes.get(p.slot) ?? 0) + (p.strong ? 0.5 * (votes.get("strong") ?? 0) : 0);
    return own + (Math.abs(own) < 0.3 ? 0.6 : 0.2) * vote;
  };
  let name: string | undefined;
  let position: string | undefined;
  let rolesOnly = false;
  let doubt: string | undefined;
  // a column the table's header names says what its cell is
  const inColumn = (field: string) => candidates.find((p) => columns.get(Number.parseInt(p.slot.split(".")[1]!, 10)) === field);
  const [namedCell, titledCell] = [inColumn("name"), inColumn("position")];
  if (namedCell || titledCell) {
    // the field the header leaves unnamed is the phrase left that leans least to a role, or most
    const left = candidates.filter((p) => p !== namedCell && p !== titledCell).sort((a, b) => lean(a) - lean(b));
    name = namedCell?.text ?? left[0]?.text;
    position = titledCell?.text ?? (left.length && lean(left.at(-1)!) > 0.3 ? left.at(-1)!.text : undefined);
  } else if (qualifiedRole(candidates, lean, votes, entry)) {
    // "BlackBird IT - Operational DBA - Professional Services", "Globant - SysAdmin Linux - EA": the employer first and
    // the role second, as the section writes them, and a third phrase after the role that qualifies it (a unit, a client)
    const [first, role, qualifier] = candidates as [HeadPhrase, HeadPhrase, HeadPhrase];
    name = first.text;
    position = `${role.text} - ${qualifier.text}`;
  } else if (rolesAlone(candidates) && employerLineUnder(entry.body)) {
    // "Depuis mars 2018 : Responsable sécurité - Ingénieur infrastructure" / "Brioche Numérique": phrases that each name
    // a role and none an employer are one title held at once, where the line under them names the employer
    position = spanOf(candidates, entry);
    rolesOnly = true;
  } else if (candidates.length === 1) {
    const only = candidates[0]!;
    if (lean(only) > 0.3) position = only.text;
    else name = only.text;
  } else if (candidates.length > 1) {
    const role = [...candidates].sort((a, b) => lean(b) - lean(a))[0]!;
    // the organisation leans least to a role and least to a place; with nothing to tell, the first phrase names it
    // and a bold lead that is no title names it ("**Pied Piper** | CEO | Awesome compression company")
    const orgScore = (p: HeadPhrase) => -lean(p) - p.evidence.place + p.evidence.org + (p.strong && lean(p) <= 0.3 ? 0.5 : 0) - 0.01 * candidates.indexOf(p);
    const others = candidates.filter((p) => p !== role);
    const org = lean(role) > Math.max(...others.map(lean)) ? [...others].sort((a, b) => orgScore(b) - orgScore(a))[0]! : candidates[0]!;
    name = org.text;
    position = (org === role ? others[0]! : role).text;
    if (Math.abs(roleLean(org.evidence)) < 0.3 && Math.abs(roleLean((org === role ? others[0]! : role).evidence)) < 0.3) {
      doubt = `read "${name}" as the employer and "${position}" as the job title from where this section's entries put them: neither phrase has a word that says which it is; write "${position} at ${name}", or set the employer in bold ("**${name}** | ${position}")`;
    }
    // a short place-like phrase left over ("Madrid") is where the job was
    const place = candidates.find((p) => p !== org && p.text !== position && p.evidence.place > 0);
    if (!location && place) location = place.text;
  }
  const bracketed = position === undefined && name !== undefined ? splitBracketedRole(name) : undefined;
  if (bracketed) [name, position] = bracketed;
  if (townAsEmployer && name === phrases[placeAt]?.text) {
    doubt = `read "${name}", also a town's name, as the employer, where this section's other entries name theirs; if it is where the job was, name the employer on the line ("${position ?? "Role"} - Organisation - ${name}")`;
  }
  // "Lecturer" / "Telefónica, España", "Lawyer — Legal Capitol, Lahore, Pakistan": with no employer among the phrases,
  // a place whose first part no gazetteer knows as a town names the employer in its country, or in its town and country,
  // as one line of a header often does
  const inCountry = !name && position && location ? /^([^,]+),\s+(.+)$/.exec(location) : null;
  const inPlace = (rest: string) => (rest.includes(",") ? isLocation(rest) : countryCode(rest) !== undefined);
  if (inCountry && !isKnownTown(inCountry[1]!) && inPlace(inCountry[2]!)) [name, location] = [inCountry[1]!, inCountry[2]!];
  // "Developer at Acme GmbH in Ludwigsburg": a capitalised place after "in" ends the employer's phrase
  const placed = name ? /^(.+?)\s+(?:in|à|en|em|bei|w|в)\s+(\p{Lu}[\p{L}.'’-]*(?:\s[\p{Lu}(][\p{L}.'’()-]*){0,2})$/u.exec(name) : null;
  // "Krones AG, Neutraubling": one capitalised word after a company's form is its town, one no gazetteer need know
  const town = name && !location && !placed ? /^(.+?),\s*(\p{Lu}[\p{L}'’-]+)$/u.exec(name) : null;
  if (town && LEGAL_FORM.test(town[1]!) && !LEGAL_FORM.test(town[2]!) && isPlaceLine(town[2]!) && weighPhrase(town[2]!).org === 0) [name, location] = [town[1]!, town[2]!];
  const used = new Set([name, position, location]);
  // "SHK in Dspace GmbH", "Werkstudent bei Nordwerk AG": what follows is a company by its form, not a place, and what
  // comes before it the role, a word the vocabulary may not know
  const inCompany = placed && !position && endsInLegalForm(placed[2]!) && !LEGAL_FORM.test(placed[1]!);
  if (inCompany) [position, name] = [placed[1]!, placed[2]!];
  else if (placed && !location && roleLean(weighPhrase(placed[1]!)) <= 0) [name, location] = [placed[1]!, placed[2]!];
  const extra = candidates.filter((p) => !used.has(p.text)).map((p) => p.text);
  // "Google   2019 – 2021" with the role alone on the next line
  const first = body[0];
  const itemDepth = entry.head[0]?.kind === "bullet" ? entry.head[0].depth + 1 : 0;
  // "**서버 개발자** · 결제플랫폼팀": a bold role before a separator, the team or unit after it
  const boldRole = first?.kind === "text" && first.lead && first.text.startsWith(first.lead) && /^\s*[·|•–—-]\s+\S/.test(first.text.slice(first.lead.length)) && roleLean(weighPhrase(first.lead)) > 0.3 ? first.lead : undefined;
  // "AI Engineer Intern | Python, TensorFlow, Caffe" under a dated employer: the role, then what it worked with
  const barred = !position && !boldRole && first?.kind === "text" ? ROLE_THEN_MORE.exec(first.text) : null;
  const barredRole = barred && isTitleLike(barred[1]!) && !hasDate(first!) && roleLean(weighPhrase(barred[1]!)) > 0.3 ? barred : null;
  if (!position && boldRole) {
    position = boldRole;
    extra.push(trimSeparators(body.shift()!.text.slice(boldRole.length)));
  } else if (barredRole) {
    position = barredRole[1]!;
    body.shift();
    extra.push(barredRole[2]!);
  // ("### Acme (2019 – 2021)" / "###### Backend developer": or a smaller heading under the entry's own, its role,
  // unless it heads the duties: "#### 担当業務", "**【担当業務】**")
  } else if (!position && (first?.kind === "text" || first?.kind === "subheading") && !titlesDuties(first.text) && (isTitleLike(first.text) || (name !== undefined && stoppedTitle(first.text))) && !isDetailLine(first.text) && (roleLean(weighPhrase(first.text)) > 0.3 || (name !== undefined && roleWithQualifier(first.text)))) position = body.shift()!.text.replace(/\.$/, "");
  // "- Staff Data Scientist" over "- Leads the weekly forecast": the resume.md template gives the role as the first bullet
  // ("- Coyote Logistics, Chattanooga, TN, 2016 -- current" / "    - Software Engineer": or as the one item under a bulleted employer)
  else if (!position && first?.kind === "bullet" && isRoleBullet(first, itemDepth) && !body.slice(1).some((l) => isRoleBullet(l, itemDepth))) position = body.shift()!.text;
  // "*Investigador*. Como miembro del grupo…": the role set in emphasis opens the paragraph about the job
  const opening = position || first?.kind !== "text" ? undefined : emphasisedOpening(first);
  if (opening) {
    position = opening.role;
    body[0] = { ...first!, text: opening.rest, spans: undefined };
  }
  // "Seattle" alone under a dated header; before prose only when it cannot be the prose's first line
  const under = body[0];
  const placeBeforeProse = (text: string) => isLocation(text) || /^(?:Greater\s)?[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}\s(?:Area|Region|Metropolitan Area)$/u.test(text);
  // ("Mentor: Shubho Sen" under it: who oversaw the job, said apart, is no more prose than a bullet is; or a paragraph of
  // its own, a blank line before the text about the job, under a header that opens with its dates or names roles only,
  // as French CVs write "Depuis mars 2019 : Ingénieur" over the employer; not a list of tools or "Full-time")
  const apart = body[1]?.gap === true && (rolesOnly || startsWithDate(entry.head[0]?.text ?? "")) && !under!.text.includes(",") && !isEmploymentType(under!.text);
  const alone = under?.kind === "text" && (body[1] === undefined || body[1].kind === "bullet" || apart || isSupervisorLine(body[1].text) || placeBeforeProse(under.text));
  // "Software Engineer - Trainee" / "Cignex Datamatics": with no employer above, a name no gazetteer knows is the employer
  // ("2022" / "Research Intern" / "Meta AI, Paris": al-folio's dated entries), its place after a comma set apart
  let underAddress: string | undefined;
  if (!name && position && alone && mayNameEmployer(under.text)) {
    // ("Brioche Numérique https://brioche.example/": the employer's web address after its name is the entry's link)
    const line = body.shift()!.text;
    const address = TRAILING_ADDRESS.exec(line);
    underAddress = address?.[0].trim();
    const [employer, place] = splitTrailingPlace(address ? line.slice(0, address.index) : line);
    name = employer;
    location ??= place;
  }
  // "* Fall 2023 - present: Postdoctoral Researcher" / "  * NOAA Geophysical Fluid Dynamics Laboratory" / "  * Duties include: …":
  // the academicpages template names the employer in the first sub-bullet, before the labelled ones
  // ("  * Korea Institute for Advanced Study (KIAS), Seoul, Republic of Korea": its place after it)
  else if (!name && position && under?.kind === "bullet" && under.depth > 0 && namesEmployer(splitTrailingPlace(under.text)[0]!)) {
    const [employer, place] = splitTrailingPlace(body.shift()!.text);
    name = employer;
    location ??= place;
  }
  // "## Engineer" / "### Acme Corp, Kyiv" / "*Feb 2022 – present*": a role's heading over a smaller heading that names
  // its employer, the dates under that
  else if (!name && position && under?.kind === "subheading" && entry.head[0]?.kind === "subheading" && under.depth > entry.head[0].depth && isTitleLike(under.text) && roleLean(weighPhrase(under.text)) <= 0) {
    const [employer, place] = splitTrailingPlace(body.shift()!.text);
    name = employer;
    location ??= place;
  }
  // ("**Accomplishments**" under it titles the bullets: no place)
  // ("[Google Play](https://play.google.com/…)" under it: a line that is wholly a link's text names what the link is, no place)
  else if (!location && (alone || (body[1]?.gap && /^[\p{Script=Latin}\s.'’-]+$/u.test(under!.text))) && isPlaceLine(under!.text) && !titlesDuties(under!.text) && !isLinkAlone(under!)) location = body.shift()!.text;
  // "Sevastopol, Ukraine, Senior Software Developer": the town and country before the role on its line are where it was
  const placeFirst = position && !location ? PLACE_THEN_ROLE.exec(position) : null;
  // (not "Seattle, WA, USA Manager", whose country a PDF's text ran into the role)
  const countryNext = placeFirst ? countryCode(placeFirst[2]!.split(/\s+/)[0]!) !== undefined : false;
  if (placeFirst && !countryNext && isLocation(placeFirst[1]!) && roleLean(weighPhrase(placeFirst[2]!)) > 0.3) [location, position] = [placeFirst[1]!, placeFirst[2]!];
  // "**Stripe** (San Francisco, CA)" / ":   *Senior Software Engineer*" / "2019-present": an undated header's role
  // and dates on the lines under it (pandoc's definition list)
  // "**InfortechMS**" / "* **Desenvolvedor Full Stack**" / "* 2017 - 2019": or a bullet of dates alone, first under it
  // ("### Acme Corp" / "[https://acme.example](…)" / "*2019 – 2022*": or under the employer's web address)
  const linkFirst = body[0]?.kind === "text" && /^(?:https?:\/\/|www\.)\S+$/i.test(body[0].text.trim());
  // ("**Engineer, Acme**" / "*Austin, TX — Dec 2017-Present*": or dates with where the job was beside them)
  const firstDatedAt = reading.dates ? -1 : body.slice(0, 2).findIndex((l, k) => ((l.kind === "text" && position && (k === 0 || linkFirst)) || (l.kind === "bullet" && l.depth === 0)) && datesAndPlace(l.text) !== undefined);
  const datedAt = firstDatedAt >= 0 || reading.dates || !datesClose ? firstDatedAt : closingDatesAt(body);
  const datedLine = datedAt >= 0 ? body.splice(datedAt, 1)[0]!.text : undefined;
  const datedBelow = datedLine === undefined ? undefined : findDates(datedLine)[0];
  if (datedLine !== undefined) location ??= datesAndPlace(datedLine)?.place;
  const { summary, highlights } = readBody(body);
  const url = reading.links[0]?.url ?? underAddress;
  const dates = jobDates(reading.dates ?? datedBelow);
  const work = compact({
    // the stop that closes a header written as a sentence is no part of the employer's name; a role keeps its own, the
    // sign that it may be a clause ("Monteur im Sondermaschinenbau, Inocon, Attnang-Puchheim.")
    name: name && withoutClosingStop(name),
    position,
    location,
    ...dates,
    url: url && /^https?:/.test(url) ? url : undefined,
    description: [...reading.aliases, ...extra].join("; ") || undefined,
    organizationPeriod: entry.organizationPeriod ?? reading.organizationPeriod,
    summary: [...reading.prose, summary].filter(Boolean).join("\n") || undefined,
    highlights,
  });
  return doubt ? { work, doubt } : { work };
}

/**
 * Three phrases of one line, the middle one the role, where the section names its employers in the first phrase's place
 * and its roles in the second's: the first neither leans to a role nor is the section's place for one, and the third,
 * after a dash, is no place.
 */
function qualifiedRole(candidates: readonly HeadPhrase[], lean: (p: HeadPhrase) => number, votes: ReadonlyMap<string, number>, entry: Entry): boolean {
  if (candidates.length !== 3) return false;
  const [first, role, last] = candidates as [HeadPhrase, HeadPhrase, HeadPhrase];
  // the qualifier follows its role after a dash, as written ("… Engineer _[main position]_" sets a note apart, no qualifier)
  const dashed = entry.head.some((l) => {
    const after = l.text.includes(role.text) ? l.text.slice(l.text.indexOf(role.text) + role.text.length) : "";
    const dash = /^\s+[-–—]\s+/.exec(after);
    return dash !== null && after.slice(dash[0].length).startsWith(last.text);
  });
  if (!dashed) return false;
  const vote = (p: HeadPhrase) => votes.get(p.slot) ?? 0;
  if (lineOf(first) !== lineOf(role) || lineOf(role) !== lineOf(last)) return false;
  return lean(role) > 0 && lean(role) > lean(last) && roleLean(first.evidence) <= 0 && vote(first) <= 0.1 && vote(role) > 0.3 && last.evidence.place < 0.5;
}

/**
 * "Соучредитель, директор, ведущий разработчик.": under a named employer, titles closed by a stop, as a sentence is;
 * each title a few words ("Working closely with business units and engineers." is what was done)
 */
function stoppedTitle(text: string): boolean {
  const titles = text.slice(0, -1).split(/\s*[,/]\s*/);
  return /^[^.!?]+\.$/u.test(text) && isTitleLike(text.slice(0, -1)) && titles.every((t) => t.split(/\s+/).length <= 4) && titles.some((t) => roleLean(weighPhrase(t)) > 0.3);
}

/** A line whose whole text is the text of one link. */
const isLinkAlone = (l: SourceLine) => l.links.length === 1 && l.links[0]!.text.trim() === l.text.trim();

/** "Duarte, CA — Dec 2017-Present", "2019 – 2021 | Berlin": a line of one span of dates and where it was, and no more; the place, if any. */
function datesAndPlace(text: string): { place?: string } | undefined {
  if (isDateOnly(text)) return {};
  if (findDates(text).length !== 1) return undefined;
  const place = trimSeparators(withoutDates(text));
  return place && isLocation(place) ? { place } : undefined;
}

/**
 * "Senior Software Engineer - Call Intelligence" under "### Acme *2021 - Present*": a role, then after a dash the team or
 * product it served, which names no organisation or place; the employer is already named above it.
 */
function roleWithQualifier(text: string): boolean {
  const m = /^(.+?)\s+[-–—]\s+(.+)$/u.exec(text);
  if (!m) return false;
  const after = weighPhrase(m[2]!);
  return after.org < 0.3 && after.place === 0 && after.school === 0 && roleLean(weighPhrase(m[1]!)) > 0.3;
}

/** "Town, Country, Role": a place of two phrases, then the rest. */
const PLACE_THEN_ROLE = /^([^,]+,\s*[^,]+),\s+(\S.*)$/u;

/** A phrase, a bar, then more: "Role | what it used". */
const ROLE_THEN_MORE = /^(.+?)\s+[|｜]\s+(\S.*)$/u;

/** The emphasised words a paragraph opens with, closed by a full stop or colon, when they are a short title ("*Investigador*. …"). */
function emphasisedOpening(l: SourceLine): { role: string; rest: string } | undefined {
  const run = l.spans?.[0];
  if (!run || !(run.emphasis || run.strong)) return undefined;
  const role = run.text.trim().replace(/[.:：]$/, "");
  const after = l.text.slice(l.text.indexOf(run.text) + run.text.length);
  const closed = /[.:：]$/.test(run.text.trim()) || /^\s*[.:：]/.test(after);
  const rest = after.replace(/^\s*[.:：]?\s*/, "");
  return closed && rest && isTitleLike(role) && role.split(/\s+/).length <= 8 && weighPhrase(role).place === 0 ? { role, rest } : undefined;
}

/**
 * An organisation named on a line of its own, with no role and nothing said
 * under it but labelled facts about it, heads the roles that follow it until
 * the next organisation:
 * "Upwork: 2017 – Present" over "Program Manager: 2021 – Present" and
 * "Associate Program Manager: 2020 – 2020".
 */
function lendOrganisations(jobs: ReadWork[]): ReadWork[] {
  const out: ReadWork[] = [];
  let lender: string | undefined;
  let lenderPeriod: string | undefined;
  /** Where the organisation heading says it is ("Globex Corp., Chicago, IL"): where its roles were, unless they say otherwise. */
  let lenderLocation: string | undefined;
  for (const job of jobs) {
    const { work } = job;
    // "事業内容：フリマアプリの運営" / "従業員数：2,000名": labelled facts about the organisation still leave it a heading
    const facts = work.summary?.split("\n").every((l) => /^[^:：]{1,24}[:：]\s*\S/u.test(l)) ?? true;
    const heading = work.name && !work.position && facts && !work.highlights?.length;
    if (heading) {
      lender = work.name;
      lenderPeriod = undefined;
      lenderLocation = work.location;
      out.push(job);
      continue;
    }
    // "Stripe" / "6 years 4 months" / "Staff Engineer" / …, then "Senior Software Engineer" / …: the first role, with
    // the whole time at the organisation over it, lends the organisation to the roles after it that name none
    if (work.name && work.position && work.organizationPeriod && !job.entry.organizationPeriod) {
      lender = work.name;
      lenderPeriod = work.organizationPeriod;
      lenderLocation = undefined;
      out.push(job);
      continue;
    }
    // "Upwork | Dec ‘17 – Present" over "Upwork | Talent Innovation Specialist | 2018 – 2019": the role may name it again
    if (work.position && lender && (!work.name || work.name === lender)) {
      const borrower = out.findIndex((o) => o.work.name === lender && !o.work.position);
      // what was said of the organisation, and when, goes with its roles, not away with its heading
      const organisation = borrower >= 0 ? out[borrower]!.work : undefined;
      if (organisation) {
        lenderPeriod = organisation.period;
        out.splice(borrower, 1);
      }
      const said = organisation?.summary;
      out.push({ ...job, work: compact({ ...work, name: lender, location: work.location ?? lenderLocation, organizationPeriod: lenderPeriod, ...(said && { summary: [said, work.summary].filter(Boolean).join("\n") }) }) });
      continue;
    }
    lender = undefined;
    out.push(job);
  }
  return out;
}

const LABEL_OF = new Map(
  (["position", "name", "dates", "start"] as const).flatMap((field) => (workLabels[field] as string[]).map((label) => [label.toLowerCase(), field] as const)),
);

/**
 * "Puesto: Bioinformático", "Organismo: Universidad de Oviedo", "Fecha de
 * incorporación: 2 de Abril de 2012", "Cargo: Estágio": a job written as
 * labelled lines says each field outright, whatever its header suggested.
 * The lines stay in the entry's text: their words are the user's.
 */
function labelledFields(entry: Entry): Partial<Work> & { employerPlace?: string } {
  const out: Partial<Work> = {};
  let employerPlace: string | undefined;
  for (const l of [...entry.head, ...entry.body]) {
    const m = /^([^:：]{2,30}?)\s*(?:[:：]\s*|\s(?=\d))(\S.{0,120})$/u.exec(l.text.replace(/^[*_]+|[*_]+(?=\s*[:：])/g, ""));
    const field = m ? LABEL_OF.get(m[1]!.replace(/[*_]/g, "").trim().toLowerCase()) : undefined;
    if (!field || !m) continue;
    const value = m[2]!.trim();
    if (field === "dates") Object.assign(out, jobDates(findDates(value)[0]));
    else if (field === "start") out.startDate ??= jobDates(findDates(value)[0]).startDate;
    else if (field === "name" && out.name === undefined) {
      // "Company: Vistara Softech Pvt. Ltd., Bangalore": the town after the employer's comma is where the job was
      const [name, place] = splitTrailingPlace(value);
      out.name = name!;
      employerPlace = place;
    } else out[field] ??= value;
  }
  // "Deycon comércio e distribuição ltda, 12 anos, cargo: Conferente.": the role labelled among a line's phrases,
  // its value maybe wrapped onto the next line ("…, cargo:" ⏎ "Conferente.")
  const lines = [...entry.head, ...entry.body];
  lines.forEach((l, i) => {
    const last = l.text.split(/,\s+/).at(-1)!;
    const labelled = /^([^:：]{2,30}?)\s*[:：]\s*(.{0,80}?)\.?$/u.exec(last);
    if (out.position || l.text === last || !labelled || LABEL_OF.get(labelled[1]!.trim().toLowerCase()) !== "position") return;
    const value = labelled[2] || (lines[i + 1] && isTitleLike(lines[i + 1]!.text.replace(/\.$/, "")) ? lines[i + 1]!.text.replace(/\.$/, "") : "");
    if (value) out.position = value.trim();
  });
  return employerPlace ? { ...out, employerPlace } : out;
}

/** A bullet that is a job title alone: a short capitalised phrase whose last word is a role's. */
function isRoleBullet(l: SourceLine, depth: number): boolean {
  const e = weighPhrase(l.text);
  // ("Supervisor: Dr. Owen Pratt" names who oversaw the job, not a second role held in it)
  return l.depth === depth && isTitleLike(l.text) && !isDetailLine(l.text) && !isSupervisorLine(l.text) && l.text.split(/\s+/).length <= 6 && !isCjkSentence(l.text) && e.role >= 0.9 && roleLean(e) > 0.3;
}

/**
 * "プラットフォームエンジニアとして共通基盤の設計・運用に従事": CJK, which sets no spaces, says in a run longer than
 * any job title, or set apart by its enumeration comma, what the job was; it does not name it.
 */
function isCjkSentence(text: string): boolean {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return cjk > 20 || (cjk > 0 && /[、，。,]/.test(text));
}

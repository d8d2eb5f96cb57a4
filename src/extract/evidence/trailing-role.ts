import { isEmploymentType, ORG_WORDS, ROLE_MODIFIERS, ROLE_WORDS, SELF_EMPLOYED } from "../vocabulary.js";
import { roleLean, weighPhrase } from "./phrase-evidence.js";

/**
 * "CI&T Engenheiro de Software Sênior", "ExxonMobil Global Business Center
 * Systems Analyst": an organisation and a role run together when the icon or
 * column gap between them is lost. The role starts at its first role word,
 * pulled back over the words that qualify it ("Systems", "Senior Backend");
 * what stands before is the organisation, if it reads as a name.
 */
export function splitTrailingRole(text: string): [org: string, role: string] | undefined {
  const words = text.split(/\s+/);
  const first = words.findIndex((w) => ROLE_WORDS.test(w));
  if (first <= 0) return undefined;
  let start = first;
  while (start > 1 && ROLE_MODIFIERS.test(words[start - 1]!) && !ROLE_WORDS.test(words[start - 2]!)) start--;
  const org = words.slice(0, start);
  // the part before must name something: capitalised, no role words of its own, not only words that qualify a role
  // ("Program Manager"), and with some sign of a name beyond its capitals: an acronym ("TIVIT", "CI&T"), a word of
  // organisations' names, a brand's inner capital ("ExxonMobil"); "Russian Interpreter" and "Talent Innovation Specialist" are titles
  if (!org.every((w) => /^[\p{Lu}\p{Lo}\d&]/u.test(w)) || org.some((w) => ROLE_WORDS.test(w)) || org.every((w) => ROLE_MODIFIERS.test(w))) return undefined;
  if (!org.some((w) => /^[\p{Lu}\d&.]{2,}$/u.test(w) || ORG_WORDS.test(w) || /\p{Ll}\p{Lu}/u.test(w))) return undefined;
  // "University lecturer", "Hospital pharmacist": a role written in lower case after one word of organisations' names is
  // one title in sentence case; no organisation is named by that word alone
  if (org.length === 1 && ORG_WORDS.test(org[0]!) && /^\p{Ll}/u.test(words[start]!)) return undefined;
  return [org.join(" "), words.slice(start).join(" ")];
}

const GRADE = /^(?:[IVX]{1,4}|\d{1,2})\.?$/;

/**
 * "Stażysta Perfekt Instal", "Intern Brightwave Labs": a role, then the organisation with no separator between them.
 * The role is the opening run of role words and the words that qualify them, ending at a role word; what follows is
 * the organisation when it reads as a name: capitalised words, none a role's or a qualifier's.
 */
export function splitLeadingRole(text: string): [role: string, org: string] | undefined {
  const words = text.split(/\s+/);
  let end = 0;
  while (end < words.length && (ROLE_WORDS.test(words[end]!) || ROLE_MODIFIERS.test(words[end]!))) end++;
  while (end > 0 && !ROLE_WORDS.test(words[end - 1]!)) end--;
  const org = words.slice(end);
  // ("Summer job: Lifeguard": words set apart by a colon are the job's terms or a label, not a role run into a name)
  if (end === 0 || /[:：]$/u.test(words[end - 1]!) || !org.length || !org.every((w) => /^[\p{Lu}\d]/u.test(w) && !ROLE_WORDS.test(w) && !ROLE_MODIFIERS.test(w))) return undefined;
  // "Systems Engineer III", "Developer 2": a grade of the role, not a name
  if (org.every((w) => GRADE.test(w))) return undefined;
  return [words.slice(0, end).join(" "), org.join(" ")];
}

/**
 * "Kestrel Institute of Science (Research Intern)", "The Lindqvist Foundation (Career Position)": with no job title
 * elsewhere in the header, a role in brackets after the employer is the job's title. (Beside a title of its own, a role
 * word in brackets qualifies the name instead: "Ixorateam (Retail Expert)".)
 */
export function splitBracketedRole(text: string): [org: string, role: string] | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)$/u.exec(text.trim());
  if (!m || isEmploymentType(m[2]!)) return undefined;
  const [org, written] = [m[1]!.trim(), m[2]!.trim()];
  // "株式会社X（エンジニア：正社員）", "Acme (Backend Developer / contract)": the terms of employment after the role, set apart
  // by a colon, a comma or a slash, qualify it; the role before them is weighed, and the title keeps them as written
  const terms = /^(.+?)\s*[:：,，/、]+\s*([^:：,，/、]+)$/u.exec(written);
  const role = terms && isEmploymentType(terms[2]!.trim()) ? terms[1]! : written;
  // a title ends in its role's word: "(Supervisor Dr. Ada Brenner)", "(Office of the CTO)", "(…'s Directorate)" name
  // who oversaw the post or the unit it was in
  if (!ROLE_WORDS.test(role.split(/\s+/).at(-1)!) || /\sof\sthe\s|\b(?:Dr|Prof)\.|:/iu.test(role)) return undefined;
  // "Independent Developer (Developer Tools)": a name with a role's word of its own is the title, its bracket the field
  const orgEvidence = weighPhrase(org);
  return roleLean(weighPhrase(role)) > 0.3 && orgEvidence.role === 0 && roleLean(orgEvidence) <= 0 ? [org, written] : undefined;
}

/**
 * "Développeur Fullstack (Freelance)", "Data Engineer (Self-employed)": a self-employment label in brackets after a
 * job title stands where the employer goes (the corpus's rule for a job with no organisation). Returns the label
 * and the title, or undefined.
 */
export function splitSelfEmployed(text: string): [label: string, role: string] | undefined {
  const m = /^(.+?)\s*\(([^()]+)\)$/u.exec(text.trim());
  if (!m || !SELF_EMPLOYED.test(m[2]!.trim()) || m[2]!.trim().split(/\s+/).length > 3) return undefined;
  return roleLean(weighPhrase(m[1]!)) > 0.3 ? [m[2]!.trim(), m[1]!.trim()] : undefined;
}

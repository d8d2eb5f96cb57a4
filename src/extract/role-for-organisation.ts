import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { isFieldHead, LEGAL_FORM, namesATeam, namesUnit, ORG_WORDS, ROLE_MODIFIERS, SCHOOL_WORDS } from "./vocabulary.js";
import { namesDegree } from "./degrees.js";
import { trieSource } from "./word-trie.js";
import forWords from "./vocabulary/for-words.json" with { type: "json" };

const forPattern = (byLanguage: Record<string, string[]>) => trieSource(Object.values(byLanguage).flat());
// "Contractor for Acme Ltd", "Consultant to the Ministry of Health": the article after the word goes with it
const ROLE_FOR = new RegExp(`^(.+?)\\s+(?:(?<strong>${forPattern(forWords.strong)})|${forPattern(forWords.weak)})\\s+(?:the\\s+)?(?=[\\p{Lu}\\d])(\\S.+)$`, "u");
/** "Software Engineer in Quillon Group": a role, English "in", and a capitalised name after it. */
const ROLE_IN = /^(.+?)\s+in\s+(?=\p{Lu})([^,;|]+)$/u;

/**
 * "Contractor for Acme Ltd", "Research Assistant funded by Fabrikam", "Software Engineer in Quillon Group": a role and
 * the organisation it was done for or in, as [role, organisation].
 */
export function roleBeforeOrganisation(text: string): [string, string] | undefined {
  return roleForOrganisation(text) ?? roleInOrganisation(text);
}

/**
 * "For" and "to" also say what a role is about ("Developer for Mobile Apps", "Advisor to the CEO"): after them the
 * name must say it is an organisation; the longer words ("funded by", "on behalf of") say so themselves.
 */
function roleForOrganisation(text: string): [string, string] | undefined {
  const m = ROLE_FOR.exec(text);
  // (the role runs straight into the word: "Research Assistant, Research Unit for Tidal Ecology" names a unit)
  // ("Developer for Mobile Apps, Contoso Ltd": beside another phrase, what follows the word is no name of its own)
  if (!m || /[,;|/]/.test(m[1]!) || /[,;|]/.test(m[3]!) || roleLean(weighPhrase(m[1]!)) <= 0.3) return undefined;
  const pair: [string, string] = [m[1]!, m[3]!];
  if (m.groups!.strong !== undefined) return roleLean(weighPhrase(pair[1])) <= 0 ? pair : undefined;
  return namesOrganisation(pair[1]) ? pair : undefined;
}

/**
 * English "in" sets a role at its employer only where the words before it are a job title; it is kept out of the
 * words for "at" because it mostly introduces a field ("Engineer in Computer Science"), a place ("Engineer in
 * London") or a unit ("Professor in the School of Business", "in Department of Physics": a unit's word opens it).
 */
function roleInOrganisation(text: string): [string, string] | undefined {
  const m = ROLE_IN.exec(text);
  if (!m || namesDegree(text) || weighPhrase(m[1]!).role < 0.9 || namesUnit(m[2]!.split(/\s+/)[0]!)) return undefined;
  return namesOrganisation(m[2]!) ? [m[1]!, m[2]!] : undefined;
}

/**
 * After "for", "to" or "in", a phrase that weighs as an organisation or a school and names itself one: by a legal
 * form ("Acme Ltd"), an institution's word ("Ministry of Health", "Harlow University") or a name no vocabulary knows
 * ("Quillon Group"). A field's words before a generic head ("Customer Services", "Information Systems", "Machine
 * Learning Group") name a field or a department, no organisation.
 */
function namesOrganisation(text: string): boolean {
  const e = weighPhrase(text);
  if (Math.max(e.org, e.school) < 0.7 || e.role > 0 || e.place >= 0.9) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "")).filter(Boolean);
  return LEGAL_FORM.test(text) || words.some((w) => !isFieldHead(w) && (ORG_WORDS.test(w) || SCHOOL_WORDS.test(w))) || words.some(isProperName);
}

/** A capitalised word that no vocabulary of teams, fields, role qualifiers or organisations knows: part of a name. */
const isProperName = (word: string) =>
  /^[\p{Lu}\d]/u.test(word) && !namesATeam(word) && !ROLE_MODIFIERS.test(word) && !ORG_WORDS.test(word) && !SCHOOL_WORDS.test(word);

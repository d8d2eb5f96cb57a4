import employerKinds from "../vocabulary/employer-kinds.json" with { type: "json" };
import { ORG_WORDS } from "../vocabulary.js";
import { roleLean, weighPhrase } from "./phrase-evidence.js";

const KINDS = new Set(Object.values(employerKinds.kinds).flat());
const INDUSTRIES = Object.values(employerKinds.industries).flat();

/**
 * "Аутсорсинговая компания. Москва, Россия. http://…", "Информационные технологии, системная интеграция, интернет":
 * a line of a job's header that says what kind of organisation the employer is, or in what trade, rather than
 * naming it (the hh.ru résumé sets one under the employer's name). A kind is the last word of the line's first phrase,
 * the words after its first in lower case: "Stellar Company" is a name.
 */
export function describesEmployer(text: string): boolean {
  const folded = text.trim().toLowerCase();
  if (INDUSTRIES.some((industry) => folded.startsWith(industry))) return true;
  const first = text.trim().split(/[.,;]\s|\.$/u)[0]!.trim();
  const words = first.split(/\s+/);
  if (words.length > 4 || !KINDS.has(words.at(-1)!.toLowerCase()) || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  return roleLean(weighPhrase(first)) <= 0.3;
}

const BUSINESSES = new Set(Object.values(employerKinds.businesses).flat());
/** Where a phrase of several lines of business parts: a comma, "&", "/", or a word for "and". */
const BUSINESS_JOINER = /\s*[,&/+]\s*|\s+(?:and|y|e|und|et)\s+/u;

/**
 * "Seguros y Fianzas", "Insurance & Banking": a phrase made only of words for a line of business (employer-kinds.json's
 * businesses), which a header may set beside the role and the employer to say what the employer does.
 */
export function namesLineOfBusiness(text: string): boolean {
  return namesBusinesses(text) || saysSector(text.trim());
}

/** "Seguros y Fianzas": a phrase whose every part is one of the vocabulary's lines of business. */
function namesBusinesses(text: string): boolean {
  const folded = text.trim().toLowerCase();
  return BUSINESSES.has(folded) || (folded !== "" && folded.split(BUSINESS_JOINER).every((part) => BUSINESSES.has(part)));
}

const SECTORS = new Set(Object.values(employerKinds.sectors).flat());
/** Han and Hangul, the CJK scripts whose words for a sector close a line of business ("金融行业", "IT業界", "게임업계"). */
const CJK = /[\p{Script=Han}\p{Script=Hangul}]/u;
const CJK_SECTORS = [...SECTORS].filter((w) => CJK.test(w));
/** In a Latin script only English closes a line of business with its word for one ("Banking industry"). */
const CLOSING_SECTORS = new Set(employerKinds.sectors.en);

/**
 * "Sector bancario", "Settore ristorazione", "Banking industry", "图形图像行业": a short phrase that says by its word for
 * one that it names a line of business (opening it, in lower case words after it, or closing it), and no organisation.
 */
function saysSector(text: string): boolean {
  if (CJK.test(text)) return text.length <= 12 && !/\s/.test(text) && CJK_SECTORS.some((w) => text.endsWith(w) && text.length > w.length);
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const opens = SECTORS.has(words[0]!.toLowerCase()) && words.slice(1).every((w) => !/^\p{Lu}/u.test(w));
  return opens || (CLOSING_SECTORS.has(words.at(-1)!.toLowerCase()) && tradeBefore(words.slice(0, -1).join(" ")));
}

/**
 * "banking", "oil and gas", "Banking": what stands before "industry" in a line of business is a trade, in lower case
 * words or the vocabulary's; "Ministry of Industry", "Confederation of Indian Industry", "Hyundai Industry" are names.
 */
function tradeBefore(words: string): boolean {
  if (ORG_WORDS.test(words)) return false;
  return !/(?:^|\s)\p{Lu}/u.test(words) || namesBusinesses(words);
}

const TEAMS = Object.values(employerKinds.teams).flat();
const LATIN_TEAMS = new Set(TEAMS.filter((w) => !CJK.test(w)));
const CJK_TEAMS = TEAMS.filter((w) => CJK.test(w) || /[\p{Script=Katakana}]/u.test(w));
/** Kana too: Japanese names a team in katakana ("開発チーム"). */
const CJK_OR_KANA = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}]/u;

/**
 * "数据平台团队", "用户增长部", "Data Platform Team": a short phrase closed by a word for a team or department of an
 * organisation (employer-kinds.json's teams), the unit a job was held in; in Latin scripts its other words capitalised
 * or not, up to four of them.
 */
export function namesTeam(text: string): boolean {
  const t = text.trim();
  if (CJK_OR_KANA.test(t)) return t.length <= 12 && !/\s/.test(t) && CJK_TEAMS.some((w) => t.endsWith(w) && t.length > w.length);
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && LATIN_TEAMS.has(words.at(-1)!.toLowerCase());
}

/** Where an employer's line parts its phrases: a bar, or a middle dot between spaces. */
const LINE_PARTS = /\s+[|｜·•]\s+|\s*[|｜]\s*(?=[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}])/u;

/**
 * "星云科技 | 数据平台团队 | 金融科技行业", "Acme | Data Platform Team": an employer's line whose phrases after the first each
 * name a team of it or its line of business; the name first, then those phrases, which say of the job and name no one.
 * A line otherwise is one phrase.
 */
export function employerAndUnits(line: string): [string, ...string[]] {
  const parts = line.split(LINE_PARTS).map((p) => p.trim());
  const [name, ...said] = parts;
  if (!name || !said.length || !said.every((p) => namesTeam(p) || namesLineOfBusiness(p))) return [line];
  return [name, ...said];
}

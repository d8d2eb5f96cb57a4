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

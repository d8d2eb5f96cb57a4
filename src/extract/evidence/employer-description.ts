import employerKinds from "../vocabulary/employer-kinds.json" with { type: "json" };
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

import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isWholePlace } from "../evidence/places.js";
import { isEmploymentType } from "../vocabulary.js";

/**
 * The phrase evidence a remark may carry at most: a clause ("company folded", "acquired by Contoso") weighs little as a
 * role and under even odds as an organisation; a remark that leans further either way is a title or a name in brackets.
 */
const MAX_ROLE_LEAN = 0.3;
const MAX_ORG_WEIGHT = 0.5;

/**
 * "October 2019 - April 2020 (company folded)", "2016 – 2018 (acquired by Contoso)": a remark in brackets, all that a
 * job's dates line says besides its dates, tells what became of the job; it names neither the employer nor the role.
 * A remark is worded as a clause of two words or more, in lower case. A single word ("(barista)", "(zalando)"), a name
 * with a capital inside ("(eBay)", "(iRobot)"), a domain ("(bol.com)"), a place, a role or the job's terms in brackets
 * are read as before: as the employer or the role.
 */
export function isDatesRemark(text: string): boolean {
  const inner = /^\s*\(([^()]+)\)\s*$/u.exec(text)?.[1]?.trim();
  if (!inner || !/^\p{Ll}/u.test(inner) || inner.split(/\s+/u).length < 2) return false;
  if (/^\p{Ll}+\p{Lu}/u.test(inner) || /\p{L}\.\p{L}{2,}\b/u.test(inner)) return false;
  if (isEmploymentType(inner) || isWholePlace(inner)) return false;
  const e = weighPhrase(inner);
  return roleLean(e) <= MAX_ROLE_LEAN && e.org < MAX_ORG_WEIGHT;
}

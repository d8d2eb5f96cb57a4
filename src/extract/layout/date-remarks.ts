import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isWholePlace } from "../evidence/places.js";
import { isEmploymentType } from "../vocabulary.js";

/**
 * "October 2019 - April 2020 (company folded)", "2016 – 2018 (acquired by Contoso)": a remark in brackets, all that a
 * job's dates line says besides its dates, tells what became of the job; it names neither the employer nor the role.
 * A remark is worded as a clause, in lower case; a name in brackets ("(Contoso)"), a place, a role or the job's terms
 * are read as before.
 */
export function isDatesRemark(text: string): boolean {
  const inner = /^\s*\(([^()]+)\)\s*$/u.exec(text)?.[1]?.trim();
  if (!inner || !/^\p{Ll}/u.test(inner) || isEmploymentType(inner) || isWholePlace(inner)) return false;
  const e = weighPhrase(inner);
  return roleLean(e) <= 0.3 && e.org < 0.5;
}

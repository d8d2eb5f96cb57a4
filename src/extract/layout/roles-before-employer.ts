import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isLegalFormAlone, namesATeam } from "../vocabulary.js";
import { splitOutsideBrackets } from "./split-line.js";

/**
 * "Developer, System Administrator, Acme Internet Services": moderncv's \cventry joins the title and the employer with
 * a comma, and a title of two roles has its own; every part before the employer is a role, the employer none. Returns
 * the roles kept together and the employer, or nothing where the last part is a role too or some part is no role.
 */
export function rolesBeforeEmployer(text: string): [string, string] | undefined {
  const parts = splitOutsideBrackets(text, /,\s+/).map((p) => p.trim());
  if (parts.length < 3 || parts.some((p) => !p)) return undefined;
  const employer = parts.at(-1)!;
  if (isLegalFormAlone(employer) || namesATeam(employer) || roleLean(weighPhrase(employer)) > 0) return undefined;
  const roles = parts.slice(0, -1);
  if (!roles.every((r) => roleLean(weighPhrase(r)) > 0.3)) return undefined;
  // "Research assistant, Chair of Methods, Lindqvist University", "Student Assistant, Prof. Dr. Jo Vale, Lindqvist
  // University": at a school, what follows the title is the professorship or the professor the post belongs to
  if (weighPhrase(employer).school > 0) return undefined;
  return [roles.join(", "), employer];
}

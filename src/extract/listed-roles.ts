import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { isTitleLike } from "./layout/lines.js";
import type { ReadWork } from "./work.js";

/**
 * A job title and nothing else: a few words, the role vocabulary's, not the text of a duty, nor a labelled detail
 * ("部署: 開発部", "Team: Platform"), which says of the job rather than naming it.
 */
function namesRoleOnly(text: string): boolean {
  const e = weighPhrase(text);
  return text.split(/\s+/).length <= 6 && !/[:：]/.test(text) && isTitleLike(text) && e.role >= 0.9 && roleLean(e) > 0.3;
}

/**
 * "** 2013-2014" / "- Northwind Ltd." / "  - Engineer" / "  - Machine Programmer": an employer whose items name only
 * roles, and no duty, lists the roles held there in that span, as an outline or a terse plain-text CV writes promotions.
 * Each is a job of its own (one entry per role at one employer); read as duties, the job had no title.
 */
export function splitListedRoles(jobs: readonly ReadWork[]): ReadWork[] {
  return jobs.flatMap((job) => {
    const { position, highlights, ...rest } = job.work;
    if (position || !rest.name || !highlights || highlights.length < 2 || !highlights.every(namesRoleOnly)) return [job];
    return highlights.map((role) => ({ ...job, work: { ...rest, position: role } }));
  });
}

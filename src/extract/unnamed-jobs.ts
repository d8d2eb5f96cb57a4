import type { ReadWork } from "./work.js";

/**
 * "#### Experience" over "- 2016-2021 - Business Analyst" and "- 2011-2012 - Data Analyst": a history of two roles or
 * more none of which names an organisation lists the roles a person held, not jobs at employers (a profile page's
 * timeline often does), so its entries are kept as the section's items rather than read as jobs with no employer.
 * A single role alone, or one among jobs that name theirs, is left a job: its employer may simply not have been found.
 */
export function namesNoEmployer(jobs: readonly ReadWork[]): boolean {
  return jobs.length >= 2 && jobs.every(({ work }) => !work.name && work.position !== undefined);
}

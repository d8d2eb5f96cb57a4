import { compact } from "./date-fields.js";
import { classifyTitle } from "../parse/section-titles.js";
import type { ReadWork } from "./work.js";

/** The months since year 0 of an ISO date with its month ("2018-06"), else undefined. */
const monthIndex = (date: string | undefined) => (date && /^\d{4}-\d{2}/.test(date) ? Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) : undefined);

/**
 * "ACME CORPORATION" / "Senior Accountant, June 2018 – Present" / … / "Staff Accountant, January 2015 – May 2018":
 * a role with no organisation whose dates run on into those of the job beside it (a promotion, in either order),
 * or lie within them (a role held beside it: moderncv banking's employer line over "Team Lead" and "Analyst", each
 * dated), is another role at that job's organisation, and lends it on to the role after it. The reading is a guess,
 * and says so.
 */
export function promotionsAt(jobs: ReadWork[]): ReadWork[] {
  const out: ReadWork[] = [];
  for (const job of jobs) out.push(promotionAt(job, out.at(-1)?.work));
  return out;
}

/** The job, with the organisation of the job read before it where its dates say it is another role there. */
function promotionAt(job: ReadWork, before: ReadWork["work"] | undefined): ReadWork {
  const { work } = job;
  if (!before?.name || work.name || !work.position) return job;
  // "### Project Lead - Volunteering" with its own dates: unpaid work on one's own time is no further role at an employer
  if (work.description !== undefined && classifyTitle(work.description) === "volunteer") return job;
  const [start, end, beforeStart, beforeEnd] = [work.startDate, work.endDate, before.startDate, before.endDate].map(monthIndex);
  const runsOn = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && b - a >= 0 && b - a <= 2;
  const within = start !== undefined && end !== undefined && beforeStart !== undefined && beforeEnd !== undefined && start >= beforeStart && end <= beforeEnd;
  if (!runsOn(end, beforeStart) && !runsOn(beforeEnd, start) && !within) return job;
  const doubt = `"${work.position}" names no organisation, and its dates run on from or lie within those of the job above it: it was read as another role at ${before.name}; if it was held elsewhere, name the organisation on its line ("${work.position}, Organisation, dates")`;
  // where the organisation is goes with it, unless the role says otherwise
  return { ...job, work: { ...work, name: before.name, ...(!work.location && before.location && { location: before.location }) }, doubt };
}

/**
 * An organisation named on a line of its own, with no role and nothing said
 * under it but labelled facts about it, heads the roles that follow it until
 * the next organisation:
 * "Upwork: 2017 – Present" over "Program Manager: 2021 – Present" and
 * "Associate Program Manager: 2020 – 2020".
 */
export function lendOrganisations(jobs: ReadWork[]): ReadWork[] {
  const out: ReadWork[] = [];
  let lender: string | undefined;
  let lenderPeriod: string | undefined;
  /** Where the organisation heading says it is ("Globex Corp., Chicago, IL"): where its roles were, unless they say otherwise. */
  let lenderLocation: string | undefined;
  for (const job of jobs) {
    const { work } = job;
    // "事業内容：フリマアプリの運営" / "従業員数：2,000名": labelled facts about the organisation still leave it a heading
    const facts = work.summary?.split("\n").every((l) => /^[^:：]{1,24}[:：]\s*\S/u.test(l)) ?? true;
    const heading = work.name && !work.position && facts && !work.highlights?.length;
    if (heading) {
      lender = work.name;
      lenderPeriod = undefined;
      lenderLocation = work.location;
      out.push(job);
      continue;
    }
    // "Stripe" / "6 years 4 months" / "Staff Engineer" / …, then "Senior Software Engineer" / …: the first role, with
    // the whole time at the organisation over it, lends the organisation to the roles after it that name none
    if (work.name && work.position && work.organizationPeriod && !job.entry.organizationPeriod) {
      lender = work.name;
      lenderPeriod = work.organizationPeriod;
      lenderLocation = undefined;
      out.push(job);
      continue;
    }
    // "Upwork | Dec ‘17 – Present" over "Upwork | Talent Innovation Specialist | 2018 – 2019": the role may name it again
    if (work.position && lender && (!work.name || work.name === lender)) {
      const borrower = out.findIndex((o) => o.work.name === lender && !o.work.position);
      // what was said of the organisation, and when, goes with its roles, not away with its heading
      const organisation = borrower >= 0 ? out[borrower]!.work : undefined;
      if (organisation) {
        lenderPeriod = organisation.period;
        out.splice(borrower, 1);
      }
      const said = organisation?.summary;
      out.push({ ...job, work: compact({ ...work, name: lender, location: work.location ?? lenderLocation, organizationPeriod: lenderPeriod, ...(said && { summary: [said, work.summary].filter(Boolean).join("\n") }) }) });
      continue;
    }
    lender = undefined;
    out.push(job);
  }
  return out;
}

import type { Work } from "../resume/schema.js";
import { unbracketed } from "./evidence/phrase-evidence.js";
import { isEmploymentType } from "./vocabulary.js";

/** "Kakao Pay (Full-time)", "Karrot (Internship)": an employer's name closed by the terms of the job in brackets. */
const TERMS_AFTER = /^(.*\S)\s*\(([^()]+)\)$/u;

/**
 * The terms a job was held on, written in brackets of their own ("Server Engineer at Karrot (Internship)",
 * "株式会社ワールドインテック" / "(正社員)"), are no part of the employer's name and no title: they go to the job's
 * description, as "Doctolib · CDI" gives them. Terms written as the title without brackets ("Volunteer",
 * "Internship") are the title, and stay.
 */
export function termsApart(work: Work): Work {
  const named = work.name ? TERMS_AFTER.exec(work.name) : null;
  if (named && isEmploymentType(named[2]!)) return termsApart({ ...work, name: named[1]!, description: withTerms(work.description, named[2]!) });
  if (!work.position) return work;
  const title = unbracketed(work.position);
  if (title === work.position || !work.name || !isEmploymentType(title)) return { ...work, position: title };
  const { position: _, ...rest } = work;
  return { ...rest, description: withTerms(work.description, title) };
}

const withTerms = (description: string | undefined, terms: string) => (description ? `${description}; ${terms}` : terms);

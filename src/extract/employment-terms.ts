import type { Work } from "../resume/schema.js";
import { isEmploymentType } from "./vocabulary.js";

/** "Kakao Pay (Full-time)", "Karrot (Internship)": an employer's name closed by the terms of the job in brackets. */
const TERMS_AFTER = /^(.*\S)\s*\(([^()]+)\)$/u;

/**
 * The terms a job was held on, written in brackets after the employer ("Server Engineer at Karrot (Internship)"),
 * are no part of the employer's name: they go to the job's description, as "Doctolib · CDI" gives them, unless it
 * already says something.
 */
export function termsOutOfName(work: Work): Work {
  const m = work.name ? TERMS_AFTER.exec(work.name) : null;
  if (!m || !isEmploymentType(m[2]!)) return work;
  return { ...work, name: m[1]!, description: work.description ?? m[2]! };
}

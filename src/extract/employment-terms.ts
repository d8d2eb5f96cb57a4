import type { Work } from "../resume/schema.js";
import { roleLean, unbracketed } from "./evidence/phrase-evidence.js";
import type { HeadPhrase } from "./layout/head-phrases.js";
import { isEmploymentType, SELF_EMPLOYED } from "./vocabulary.js";

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

/**
 * "### Acme — Go Developer" over "Sep 2016 – Dec 2016 · Remote · Freelance", as LinkedIn writes a job's terms: beside a
 * phrase that names an employer and one that names a title, a self-employment word alone on a line under them says on
 * what terms the job was held, not who gave it. Alone beside a title it still names the employer ("Freelance").
 */
export function selfEmploymentAsTerms(phrases: readonly HeadPhrase[]): HeadPhrase | undefined {
  const terms = phrases.length > 2 ? phrases.find((p) => !p.slot.startsWith("0.") && isSelfEmploymentAlone(p.text)) : undefined;
  const others = phrases.filter((p) => p !== terms);
  const employer = others.some((p) => roleLean(p.evidence) <= 0 && !SELF_EMPLOYED.test(p.text));
  return terms && employer && others.some((p) => roleLean(p.evidence) > 0.3) ? terms : undefined;
}

const isSelfEmploymentAlone = (text: string) => SELF_EMPLOYED.exec(text.trim())?.[0].length === text.trim().length;

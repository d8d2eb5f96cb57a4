import type { Work } from "../resume/schema.js";
import { isEmploymentType, namesUnit } from "./vocabulary.js";
import { hasDate, isSentence, isTitleLike, type Entry } from "./layout/lines.js";
import { isDetailLine, isSupervisorLine } from "./layout/detail-lines.js";
import { splitTrailingPlace } from "./layout/split-line.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { isWholePlace } from "./evidence/places.js";
import { isRemoteWork } from "./evidence/work-modes.js";

/** The part of a job read (work.ts's ReadWork) that this step reads and rewrites. */
interface Job {
  work: Work;
  entry: Entry;
}

/** The item one level under a job's own list item, first in its body. */
function firstItemUnder(entry: Entry) {
  const [top] = entry.head;
  const [first] = entry.body;
  return top?.kind === "bullet" && first?.kind === "bullet" && first.depth === top.depth + 1 ? first : undefined;
}

/** Whether the job's employer is the first item under its own item. */
function namedUnder(job: Job): boolean {
  const item = firstItemUnder(job.entry);
  return item !== undefined && job.work.name !== undefined && splitTrailingPlace(item.text)[0] === job.work.name;
}

/** A short item that only labels its own words: no label ("Supervisor: …"), no dates, no sentence. */
function isShortName(text: string): boolean {
  return isTitleLike(text) && !/[:：]/.test(text) && !isDetailLine(text) && !isSupervisorLine(text) && !isSentence(text) && text.split(/\s+/).length <= 14;
}

/** "Berlin, Germany", "Full-time", "Remote": where or on what terms the job was held, which names no employer. */
const saysWhereOrHow = (text: string) => isWholePlace(text) || isEmploymentType(text) || isRemoteWork(text);

/**
 * "Research centre of the Lindqvist Institute", "Health Ruritania (Office of Nutrition)": an item with an
 * organisation's or a school's word, or a unit of one in brackets after a name, and no role's lean. A project's name
 * ("Fraud Detection Pipeline") has none of them.
 */
function namesEmployerAlone(text: string): boolean {
  const e = weighPhrase(text);
  const unit = /\S\s*\(([^()]+)\)$/.exec(text)?.[1];
  const organisation = Math.max(e.org, e.school) > 0 || (unit !== undefined && namesUnit(unit));
  return isShortName(text) && !saysWhereOrHow(text) && organisation && roleLean(e) <= 0;
}

/**
 * "* 2022-2023: Data Analyst" / "  * Harbour Health Agency (Office of Nutrition)" / "  * Main tasks: …": where two jobs
 * of a section or more name their employer in the first item under the role's own (the academicpages template's
 * layout), a job with a role and no employer takes its first item as its employer too, where the item has an
 * organisation's or a school's word though the job's reading did not take it; a place, terms or a project there names
 * none. An employment type read as the employer ("Web Developer, Contract") names none either, and goes to the job's terms.
 */
export function employersInFirstItems<T extends Job>(jobs: T[]): T[] {
  if (jobs.filter(namedUnder).length < 2) return jobs;
  return jobs.map((job) => {
    const item = firstItemUnder(job.entry);
    const { name, position, highlights = [] } = job.work;
    const terms = name !== undefined && isEmploymentType(name);
    if (!item || !position || (name !== undefined && !terms) || hasDate(item) || highlights[0] !== item.text || !namesEmployerAlone(item.text)) return job;
    // "Acme Corp - Berlin": the employer and its place, cut at the dash
    const [employer = item.text, place] = splitTrailingPlace(item.text);
    const description = terms ? [job.work.description, name].filter(Boolean).join("; ") : job.work.description;
    const rest = highlights.slice(1);
    const work: Work = {
      ...job.work,
      name: employer,
      highlights: rest.length ? rest : undefined,
      ...(description && { description }),
      ...(place && !job.work.location && { location: place }),
    };
    return { ...job, work };
  });
}

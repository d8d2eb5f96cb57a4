import type { Work } from "../resume/schema.js";
import { isEmploymentType } from "./vocabulary.js";
import { hasDate, isSentence, isTitleLike, type Entry } from "./layout/lines.js";
import { isDetailLine, isSupervisorLine } from "./layout/detail-lines.js";
import { splitTrailingPlace } from "./layout/split-line.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";

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

/** A short item that only names something: no label ("Supervisor: …"), no dates, no sentence, no role. */
function namesOnly(text: string): boolean {
  return isTitleLike(text) && !/[:：]/.test(text) && !isDetailLine(text) && !isSupervisorLine(text) && !isSentence(text) && text.split(/\s+/).length <= 14 && roleLean(weighPhrase(text)) <= 0;
}

/**
 * "* 2022-2023: Data Analyst" / "  * Harbour Health Agency (Office of Nutrition)" / "  * Main tasks: …": where two jobs
 * of a section or more name their employer in the first item under the role's own (the academicpages template's
 * layout), a job with a role and no employer takes its first item as its employer too, though the item's words alone
 * would not say so; an employment type read as the employer ("Contract") names none, and goes to the job's terms.
 */
export function employersInFirstItems<T extends Job>(jobs: T[]): T[] {
  if (jobs.filter(namedUnder).length < 2) return jobs;
  return jobs.map((job) => {
    const item = firstItemUnder(job.entry);
    const { name, position, highlights = [] } = job.work;
    const terms = name !== undefined && isEmploymentType(name);
    if (!item || !position || (name !== undefined && !terms) || hasDate(item) || highlights[0] !== item.text || !namesOnly(item.text)) return job;
    const [employer, place] = splitTrailingPlace(item.text) as [string, string | undefined];
    const description = terms ? [job.work.description, name].filter(Boolean).join("; ") : job.work.description;
    const work: Work = { ...job.work, name: employer, highlights: highlights.slice(1), ...(description && { description }) };
    if (!work.highlights!.length) delete work.highlights;
    if (place && !work.location) work.location = place;
    return { ...job, work };
  });
}

import { hasFooterShape } from "../parse/site-footer.js";
import { isSentence } from "./layout/lines.js";
import type { ReadWork } from "./work.js";

/**
 * "- **Acme** (Intern, 2020.06~2020.08)" and then, after the list, "What I learnt there carries over into my data work
 * today.": an undated paragraph that only says something, closing a section of jobs, names no job. Its text is kept as
 * the summary of the job above it, where the explanation shows it, rather than read as an employer or a title.
 */
export function closingProseToJobAbove(jobs: ReadWork[]): ReadWork[] {
  const out: ReadWork[] = [];
  for (const job of jobs) {
    // (an opening paragraph kept with the section's unread lines is emptied of its reading: no job to say more of)
    const last = out.at(-1);
    const above = last && Object.keys(last.work).length ? last : undefined;
    const said = saidAlone(job);
    if (above && said) out[out.length - 1] = { ...above, work: { ...above.work, summary: [above.work.summary, said].filter(Boolean).join("\n") } };
    // "## Background" over "I am a developer with an interest in …": a paragraph opening the section, before any job,
    // introduces what follows or the owner; it names no job, and its text is kept with the section's unread lines
    else if (said) out.push({ ...job, work: {} });
    else out.push(job);
  }
  return out;
}

/**
 * "Copyright 2020 Jane Doe" ⏎ "All rights reserved" after the last job: the footer of the web page a section of jobs
 * runs into, no job; it is kept with the section's unread lines ("All rights reserved" would be read as an employer,
 * "Copyright" as the role). Only a footer's own shape counts: "Copyright Clearance Center" is an employer.
 */
export function pageFooterOutOfJobs(jobs: ReadWork[]): ReadWork[] {
  const last = jobs.at(-1);
  if (!last || !hasFooterShape(last.entry.head[0]?.text ?? "")) return jobs;
  return [...jobs.slice(0, -1), { ...last, work: {} }];
}

/** The sentence an entry is made of, when it has nothing else: no dates, no second phrase, no lines under it. */
function saidAlone({ work, entry }: ReadWork): string | undefined {
  if (work.startDate || work.endDate || entry.body.length > 0 || entry.head.length !== 1) return undefined;
  const fields = [work.name, work.position, work.location].filter(Boolean);
  const text = entry.head[0]!.text.trim();
  // (the reading of a short one may have left its full stop behind)
  return fields.length === 1 && (fields[0] === text || `${fields[0]}.` === text) && isSentence(text) ? text : undefined;
}

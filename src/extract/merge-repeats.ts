import type { Work } from "../resume/schema.js";
import type { Draft } from "./draft.js";

/**
 * A job told twice — in a "学歴・職歴" table and again in its own section, or
 * in a summary table and in full below — is one job: an entry with the name
 * and start of an earlier one adds what it says to that one.
 */
export function mergeRepeatedJobs(draft: Draft): void {
  const jobs = draft.resume.work;
  if (!jobs || jobs.length < 2) return;
  const kept: Work[] = [];
  for (const job of jobs) {
    const earlier = job.name && job.startDate ? kept.find((k) => sameName(k.name, job.name) && k.startDate === job.startDate) : undefined;
    if (!earlier) {
      kept.push(job);
      continue;
    }
    for (const [key, value] of Object.entries(job) as Array<[keyof Work, unknown]>) {
      const had = earlier[key];
      if (had === undefined) (earlier as Record<string, unknown>)[key] = value;
      // what only the second telling says is kept: no words of the source are dropped
      else if ((key === "summary" || key === "description") && typeof value === "string" && value !== had) (earlier as Record<string, unknown>)[key] = `${had}\n${value}`;
      else if (key === "position" && value !== had) earlier.description = [earlier.description, value].filter(Boolean).join("\n");
      else if (Array.isArray(value) && Array.isArray(earlier[key])) (earlier as Record<string, unknown>)[key] = [...new Set([...(earlier[key] as unknown[]), ...value])];
    }
  }
  if (kept.length === jobs.length) return;
  // origins are keyed by index: the kept jobs keep the places of their first telling
  const origins = jobs.map((_, i) => draft.origins.get(`/work/${i}`));
  kept.forEach((job, i) => {
    const at = origins[jobs.indexOf(job)];
    if (at) draft.origins.set(`/work/${i}`, at);
  });
  for (let i = kept.length; i < jobs.length; i++) draft.origins.delete(`/work/${i}`);
  draft.resume.work = kept;
}

const sameName = (a: string | undefined, b: string | undefined) => !!a && !!b && a.normalize("NFKC").toLowerCase().trim() === b.normalize("NFKC").toLowerCase().trim();

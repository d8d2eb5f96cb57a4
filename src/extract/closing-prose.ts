import { isSentence } from "./layout/lines.js";
import type { ReadWork } from "./work.js";
import site from "./vocabulary/site-furniture.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/** "Copyright 2020 Jane Doe", "© 2024 …", "Built with Hugo": how a website's footer opens, which a page's last section runs into. */
const SITE_FOOTER = new RegExp(`^(?:${trieSource(site.footer)})(?![\\p{L}])`, "iu");

/**
 * "- **Acme** (Intern, 2020.06~2020.08)" and then, after the list, "What I learnt there carries over into my data work
 * today.": an undated paragraph that only says something, closing a section of jobs, names no job. Its text is kept as
 * the summary of the job above it, where the explanation shows it, rather than read as an employer or a title.
 */
export function closingProseToJobAbove(jobs: ReadWork[]): ReadWork[] {
  const out: ReadWork[] = [];
  for (const [i, job] of jobs.entries()) {
    // "Copyright 2020 Jane Doe" ⏎ "All rights reserved" after the last job: the page's footer, no job, kept with the
    // section's unread lines ("All rights reserved" would be read as an employer, "Copyright" as the role)
    if (i === jobs.length - 1 && SITE_FOOTER.test(job.entry.head[0]?.text.trim() ?? "")) {
      out.push({ ...job, work: {} });
      continue;
    }
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

/** The sentence an entry is made of, when it has nothing else: no dates, no second phrase, no lines under it. */
function saidAlone({ work, entry }: ReadWork): string | undefined {
  if (work.startDate || work.endDate || entry.body.length > 0 || entry.head.length !== 1) return undefined;
  const fields = [work.name, work.position, work.location].filter(Boolean);
  const text = entry.head[0]!.text.trim();
  // (the reading of a short one may have left its full stop behind)
  return fields.length === 1 && (fields[0] === text || `${fields[0]}.` === text) && isSentence(text) ? text : undefined;
}

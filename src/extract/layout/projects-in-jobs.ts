import type { SourceLine } from "../../parse/source-line.js";
import { findDates } from "../dates.js";
import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { isLocation } from "../entry-parts.js";
import { LEGAL_FORM } from "../vocabulary.js";
import { leansToRole } from "./undated-roles.js";
import { hasDate, lineWithoutDates, type Entry } from "./lines.js";

/**
 * "### 株式会社イーゲル (2020年12月 ~ 現在)" then "### ネットワークシミュレータ開発 (2020年12月 ~ 現在)", or
 * "#### 1. 贝壳找房 / 2020.07 ~ 至今" then "#### **应用网关 - AppGateway**": a 職務経歴書 or 简历 writes the projects
 * done at a job as headings at the job's own level. A heading that names neither an organisation nor a role, and is
 * either undated or dated within the span of the employer above it, is a project of that job: its lines join the
 * job's, where they are what was done there, not a job of its own.
 */
export function joinProjectsToJobs(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const entry of entries) {
    const job = out.at(-1);
    if (job && isProjectOf(entry, job)) out[out.length - 1] = { ...job, body: [...job.body, ...entry.head, ...entry.body] };
    else out.push(entry);
  }
  return out;
}

function isProjectOf(entry: Entry, job: Entry): boolean {
  const [title] = entry.head;
  const [jobTitle] = job.head;
  if (!title || !jobTitle || !isHeading(title) || !isHeading(jobTitle) || title.depth < jobTitle.depth) return false;
  // "**特性：**" under the title: the label of what follows, no role or employer's line
  if (!entry.head.slice(1).every((l) => !hasDate(l) && /[:：]$/u.test(l.text.trim()))) return false;
  // "### Side venture, Town [2010 – now]" over "#### Co-founder": a heading written as an employer's is, whose first line
  // under it is a heading that names the role held there, is a job held alongside the one above, not one of its
  // projects; a 職務経歴書's project over "#### プロジェクトリーダー" names the role held in the project
  const opening = entry.body[0];
  if (opening && isHeading(opening) && opening.depth > title.depth && !hasDate(opening) && leansToRole(opening) && writtenAsEmployer(lineWithoutDates(title).text)) return false;
  const jobSpan = job.head.filter(hasDate).flatMap((l) => findDates(l.text))[0];
  if (!jobSpan) return false;
  const named = lineWithoutDates(title).text;
  const e = weighPhrase(named);
  if (e.org > 0 || roleLean(e) > 0.3 || LEGAL_FORM.test(named)) return false;
  if (!hasDate(title)) return ![...entry.head, ...entry.body].some(hasDate);
  // dated: only within the span of an employer its form names ("株式会社…", "… GmbH")
  const span = findDates(title.text)[0];
  return LEGAL_FORM.test(lineWithoutDates(jobTitle).text) && span !== undefined && within(span, jobSpan);
}

/** "Side venture, Bend, OR", "tagfinder.io": a place after the name's comma, or a web domain that names a business. */
function writtenAsEmployer(text: string): boolean {
  // (the brackets its dates were cut from stay behind: "tagfinder.io []")
  const name = text.replace(/\s*(?:\[\]|\(\))\s*$/u, "").trim();
  const comma = name.indexOf(",");
  return (comma > 0 && isLocation(name.slice(comma + 1).trim())) || /^[\p{L}\d-]+\.[a-z]{2,}$/iu.test(name);
}

const isHeading = (l: SourceLine) => l.kind === "heading" || l.kind === "subheading";

/** Whether a span lies within another: it starts no earlier, and ends no later (an open end only within an open end). */
function within(inner: { start?: string; end?: string; present: boolean }, outer: { start?: string; end?: string; present: boolean }): boolean {
  if (!inner.start || !outer.start || inner.start < outer.start) return false;
  if (outer.present || !outer.end) return true;
  return !inner.present && (inner.end ?? inner.start) <= outer.end;
}

import type { Work } from "../resume/schema.js";
import { presentAlone } from "./dates.js";
import type { Draft } from "./draft.js";
import { readCjkEnrolment } from "./evidence/cjk-school.js";
import { reindexOrigins, sameName } from "./merge-repeats.js";
import jobEvents from "./vocabulary/job-events.json" with { type: "json" };

/*
 * A 履歴書's history (学歴・職歴, 経歴) is a list of dated events, one a row:
 * "2012年4月 東都大学 入学", "2016年4月 株式会社X 入社", "2019年9月 株式会社Xを退職".
 * Read as entries, each row is a job named by its sentence; these passes turn
 * the rows back into studies and jobs with a start and an end.
 */

const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
/** "株式会社ミドリ技研 入社", "株式会社ミドリ技研を退職": an employer, then what happened there on the row's date. */
const JOB_EVENT = new RegExp(
  `^(.+?)\\s*(?:${longestFirst(jobEvents.particles)})?\\s*(${longestFirst([...jobEvents.join, ...jobEvents.leave])})(${longestFirst(jobEvents.planned)})?(?:。\\s*(.*))?$`,
  "u",
);
const JOINS = new Set(jobEvents.join);

/**
 * A 履歴書 tells a job in two rows: "2016年4月 株式会社X 入社" and "2019年9月
 * 株式会社X 退職". The row's word is no part of the employer's name: a joining
 * opens a job from its date, the next leaving of the same employer closes it,
 * and "現在に至る" (up to now) after an open job only says it goes on.
 */
export function mergeJobEvents(draft: Draft): void {
  const jobs = draft.resume.work;
  if (!jobs?.length) return;
  const kept: Work[] = [];
  const open = new Set<Work>();
  for (const job of jobs) {
    const undated = !job.startDate && !job.endDate && !job.position;
    if (undated && open.size && job.name && presentAlone(job.name)) continue;
    const event = job.name ? JOB_EVENT.exec(job.name) : null;
    if (!event) {
      kept.push(job);
      continue;
    }
    const [, name, word, planned, rest] = event as unknown as [string, string, string, string | undefined, string | undefined];
    const date = job.endDate ?? job.startDate;
    job.name = name;
    // "株式会社Xに入社。Webサイト制作のディレクション業務に従事。": what the row says after the event is the job's
    if (rest) job.summary = [rest, job.summary].filter(Boolean).join("\n");
    if (JOINS.has(word)) {
      // the row's one date is when the job began: it runs on until a row says it ended
      if (job.startDate === job.endDate) delete job.endDate;
      // "株式会社Xに入社予定": a job yet to begin; its dates as written keep the word, so that no theme prints it as held now
      if (planned) job.period = [job.period, `${word}${planned}`].filter(Boolean).join(" ");
      open.add(job);
      kept.push(job);
      continue;
    }
    const began = [...kept].reverse().find((k) => open.has(k) && sameName(k.name, name));
    if (began && date && (!began.startDate || began.startDate <= date)) {
      began.endDate = date;
      began.period = [began.period, job.period].filter(Boolean).join(" – ") || undefined;
      for (const key of ["position", "location", "summary", "description"] as const) if (job[key] && !began[key]) began[key] = job[key];
      open.delete(began);
      continue;
    }
    // a leaving with no joining before it: its date is when the job ended, its start unsaid
    if (job.startDate === job.endDate) delete job.startDate;
    kept.push(job);
  }
  if (kept.length !== jobs.length) reindexOrigins(draft, "work", jobs, kept);
  draft.resume.work = kept;
}

/**
 * "2012年4月 東都大学 工学部 入学" in a list read as jobs (a 経歴 section, or
 * rows the history's title did not reach): a school with its enrolment word
 * is a study, moved to education, where its entering and graduating rows pair.
 */
export function moveSchoolRows(draft: Draft): void {
  const jobs = draft.resume.work;
  if (!jobs?.length) return;
  const kept: Work[] = [];
  const origins = jobs.map((_, i) => draft.origins.get(`/work/${i}`));
  const moved: Array<{ study: NonNullable<Draft["resume"]["education"]>[number]; at: (typeof origins)[number] }> = [];
  jobs.forEach((job, i) => {
    const school = !job.position && job.name ? readCjkEnrolment(job.name) : undefined;
    if (!school) return void kept.push(job);
    const date = job.endDate ?? job.startDate;
    const study = { institution: school.institution, area: school.area, ...(school.stage === "start" ? { startDate: date } : { endDate: date }), period: job.period, summary: job.name };
    moved.push({ study: Object.fromEntries(Object.entries(study).filter(([, v]) => v !== undefined)), at: origins[i] });
  });
  if (!moved.length) return;
  reindexOrigins(draft, "work", jobs, kept);
  draft.resume.work = kept.length ? kept : undefined;
  const studies = (draft.resume.education ??= []);
  for (const { study, at } of moved) {
    if (at) draft.origins.set(`/education/${studies.length}`, at);
    studies.push(study);
  }
}

import type { Work } from "../resume/schema.js";
import type { Position } from "../diagnostics/diagnostic.js";
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
    // two places are two jobs ("Internship at Acme in Bonn" and "Hackathon at Acme in Cologne", both 2014)
    const elsewhere = (k: Work) => k.location !== undefined && job.location !== undefined && !sameName(k.location, job.location);
    // and two roles that end apart are two jobs ("Intern, Itecnis, 2013–2013" and "IT Consultant, Itecnis, 2013–2014":
    // the second began in the year the internship ended); an employer's span with no role over its first role is not
    const endsApart = (k: Work) => !!k.position && !!job.position && !!k.endDate && !!job.endDate && k.endDate !== job.endDate;
    // and two roles held side by side, each titled and told of in its own words ("Team Leader" and "Back-end Engineer",
    // both 2018–2023): a job told twice is told in full once, its other telling a row of a summary or a table
    // — a title that holds the other's words ("Senior Engineer" beside "Senior Software Engineer") rewords it, one job,
    // unless each telling has highlights of its own ("PHP/GoLang工程师" and "GoLang工程师", each with its projects)
    const reworded = (k: Work) => wordsWithin(k.position!, job.position!) || wordsWithin(job.position!, k.position!);
    const toldApart = (k: Work) => !!k.position && !!job.position && !sameName(k.position, job.position) && isTold(k) && isTold(job) && (!reworded(k) || (!!k.highlights?.length && !!job.highlights?.length));
    // and two roles read from one entry ("Acme" over "- Engineer" and "- Team Lead") are told once, each a job
    const oneEntry = (k: Work) => sameOrigin(draft.origins.get(`/work/${jobs.indexOf(k)}`), draft.origins.get(`/work/${jobs.indexOf(job)}`));
    // and two roles on neighbouring lines of one list ("- 2021 - present Professor, Westmark University" over
    // "- 2021 - present Head of Department, Westmark University"): a job told twice is told in two places, not twice in a row
    const nextLine = (k: Work) => !!k.position && !!job.position && !reworded(k) && followsOn(draft.origins.get(`/work/${jobs.indexOf(k)}`), draft.origins.get(`/work/${jobs.indexOf(job)}`));
    const earlier = job.name && job.startDate ? kept.find((k) => (sameName(k.name, job.name) || shortNameOf(k, job)) && k.startDate === job.startDate && !elsewhere(k) && !endsApart(k) && !toldApart(k) && !oneEntry(k) && !nextLine(k)) : undefined;
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
  reindexOrigins(draft, "work", jobs, kept);
  draft.resume.work = kept;
}

const sameOrigin = (a: Position | undefined, b: Position | undefined) => a !== undefined && b !== undefined && a.line === b.line && a.column === b.column;
/** `b` starts on the line right under `a`, in the same column and page. */
const followsOn = (a: Position | undefined, b: Position | undefined) => a !== undefined && b !== undefined && b.line === a.line + 1 && a.column === b.column && a.page === b.page;
const wordsOf = (text: string) => text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Every word of `a` is a word of `b` ("Senior Engineer" within "Senior Software Engineer"). */
const wordsWithin = (a: string, b: string) => {
  const words = new Set(wordsOf(b));
  return wordsOf(a).every((w) => words.has(w));
};

/**
 * "LINE" and "LINE Corporation", "Donuts" and "Donuts Co. Ltd.", both 2015-04 to 2017-03: a summary table names the
 * employer in full, the job's own section by its first words. With the same start, end and role, one name the other's
 * first words is one employer.
 */
function shortNameOf(a: Work, b: Work): boolean {
  if (!a.name || !b.name || a.endDate !== b.endDate || !a.position || !sameName(a.position, b.position)) return false;
  const [short, long] = [wordsOf(a.name), wordsOf(b.name)].sort((x, y) => x.length - y.length);
  return short!.length > 0 && short!.every((w, i) => long![i] === w);
}

/** A job with words of its own beyond its header: a summary or highlights. */
const isTold = (job: Work) => !!job.summary || !!job.highlights?.length;

export const sameName = (a: string | undefined, b: string | undefined) => !!a && !!b && a.normalize("NFKC").toLowerCase().trim() === b.normalize("NFKC").toLowerCase().trim();

type Study = NonNullable<Draft["resume"]["education"]>[number];

/** Folds each study into the one kept before it when `absorbs` takes it in (and says so), keeping origins in step. */
function mergeStudies(draft: Draft, absorbs: (earlier: Study, later: Study) => boolean): void {
  const studies = draft.resume.education;
  if (!studies || studies.length < 2) return;
  const kept: Study[] = [];
  for (const study of studies) {
    const earlier = kept[kept.length - 1];
    if (!earlier || !absorbs(earlier, study)) kept.push(study);
  }
  if (kept.length === studies.length) return;
  reindexOrigins(draft, "education", studies, kept);
  draft.resume.education = kept;
}

/**
 * A 履歴書 lists a school twice: "2006年4月 早稲田大学入学" and "2011年3月
 * 早稲田大学卒業". An entry that only began, followed by one at the same
 * school that only ended, is one study from the first date to the second.
 */
export function mergeEnrolments(draft: Draft): void {
  mergeStudies(draft, (began, study) => {
    if (!began.startDate || began.endDate || study.startDate || !study.endDate || !sameName(began.institution, study.institution) || study.endDate < began.startDate) return false;
    began.endDate = study.endDate;
    began.period = [began.period, study.period].filter(Boolean).join(" – ");
    for (const key of ["area", "studyType"] as const) if (study[key] && !began[key]) began[key] = study[key];
    // what the graduation's line says is kept beside the enrolment's
    began.summary = [began.summary, study.summary].filter(Boolean).join("\n") || undefined;
    return true;
  });
}

/**
 * "The Ohio State University, Columbus, OH" ⏎⏎ "Bachelor of Science in
 * Business Administration; GPA 3.6/4.0": a school alone, then a degree that
 * names no school, as a PDF's text parts them with a blank line, are one
 * study. The degree's entry gives what the school's lacks.
 */
export function mergeSchoolOverDegree(draft: Draft): void {
  mergeStudies(draft, (school, study) => {
    if (!school.institution || school.studyType || school.area || school.highlights?.length || study.institution || !(study.studyType || study.area)) return false;
    // a school and a degree each dated, and dated apart, are two studies told in one layout, not one told in two lines
    if ((school.startDate || school.endDate) && (study.startDate || study.endDate) && (school.startDate !== study.startDate || school.endDate !== study.endDate)) return false;
    const summary = [school.summary, study.summary].filter(Boolean).join("\n") || undefined;
    for (const [key, value] of Object.entries(study)) if (value !== undefined && school[key as keyof Study] === undefined) Object.assign(school, { [key]: value });
    school.summary = summary;
    return true;
  });
}

/** Origins are keyed by index: each kept entry keeps the place of its first telling. */
export function reindexOrigins(draft: Draft, key: string, before: readonly object[], after: readonly object[]): void {
  const origins = before.map((_, i) => draft.origins.get(`/${key}/${i}`));
  for (let i = 0; i < before.length; i++) draft.origins.delete(`/${key}/${i}`);
  after.forEach((entry, i) => {
    const at = origins[before.indexOf(entry)];
    if (at) draft.origins.set(`/${key}/${i}`, at);
  });
}

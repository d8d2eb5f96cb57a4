import { studyInWork } from "./study-in-work.js";
import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { addCatchAll, toCustomItem } from "./custom.js";
import { compact } from "./date-fields.js";
import { addCustomSection, addEntry, listSection, note, type Draft } from "./draft.js";
import { toEducation } from "./education.js";
import type { Entry, SplitEntries } from "./layout/lines.js";
import { checkDates } from "./unreadable-dates.js";
import { readWorkSection, type ReadWork } from "./work.js";
import { namesNoEmployer } from "./unnamed-jobs.js";
import { pairsRoleAndEmployer } from "./role-at-employer.js";
import { splitEntries } from "./layout/split-entries.js";
import { namesDegree, parseDegree } from "./degrees.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { LEGAL_FORM, namesKindOfWork, ROLE_WORDS, SCHOOL_WORDS, STUDY_ROLE } from "./vocabulary.js";
import { findDates, withoutDates } from "./dates.js";
import { trimSeparators } from "./entry-parts.js";
import { placeEntries } from "./place-entries.js";
import { labelsProjectName, toProject } from "./projects.js";
import { datingLine } from "./layout/period-line.js";

/** A section of jobs (or volunteering): read together, so that its entries' shared layout informs each. */
export function placeJobs(draft: Draft, lines: readonly SourceLine[], kind: "work" | "volunteer", title: string | undefined, split: SplitEntries = splitEntries(lines)): void {
  const { entries, loose } = split;
  // each entry's other reading, told once: a project named by its label, or a degree told among the jobs
  const jobs = readWorkSection(entries, kind).map((job) => ({
    ...job,
    project: labelsProjectName(job.entry.head[0]!.text),
    study: kind === "work" ? (studyInWork(job.work) ?? degreeAmongJobs(job.entry, job.work)) : undefined,
  }));
  for (const entry of entries) checkDates(draft, entry);
  // (a project or a degree among them is read as one, below, whatever the others name)
  if (kind === "work" && namesNoEmployer(jobs) && !jobs.some((j) => j.project || j.study)) return placeRoles(draft, jobs, loose, title ?? "Experience");
  // without a title of its own, the section is listed under the résumé language's word for it
  if (title !== undefined) listSection(draft, { key: kind, title }, lines[0]?.position);
  const rest: SourceLine[] = [...loose];
  for (const { work, entry, doubt, project, study } of jobs) {
    if (doubt) note(draft, "info", "weak-evidence", doubt, entry.head[0]!.position);
    // "* **Industry**" over "* Data Scientist, Spotify, 2019 – 2021": an undated item that only names a kind of work
    // groups the jobs after it, as a sub-heading would, and is no job
    const label = !work.position && !work.startDate && !entry.body.length && work.name !== undefined && namesKindOfWork(work.name);
    if ((!work.name && !work.position) || label) {
      rest.push(...entry.head, ...entry.body);
      continue;
    }
    // "### 1. 프로젝트명 : 품질관리시스템 개발" under "## 대표 경력": an entry headed by the label of a project's name is a
    // project done in a job, however the section is titled, and names no employer
    if (project) addEntry(draft, "projects", toProject(entry), entry.position);
    else if (study) addEntry(draft, "education", study, entry.position);
    else if (kind === "work") addEntry(draft, "work", work, entry.position);
    else {
      const { name, ...others } = work;
      addEntry(draft, "volunteer", compact({ organization: name, ...others }), entry.position);
    }
  }
  rest.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  addCatchAll(draft, rest, `${title ?? "Experience"} (more)`);
}

/** The roles of a history that names no employer: the section's items, with what else it holds after them. */
function placeRoles(draft: Draft, jobs: readonly ReadWork[], loose: readonly SourceLine[], title: string): void {
  const first = jobs[0]!.entry;
  addCustomSection(draft, title, "other", jobs.map(({ entry }) => toCustomItem(entry)), first.position);
  note(draft, "info", "weak-evidence", `read the ${jobs.length} entries of "${title}" as roles held, not jobs: none names an organisation; name each one's employer on its line ("Role, Organisation, dates") to have them read as jobs`, first.head[0]!.position);
  addCatchAll(draft, loose, `${title} (more)`);
}

/**
 * "BSc, Computer Science from the University of Hertfordshire (2007-2010)" after the jobs: an entry that names no job
 * title, and names a degree and a school, is the degree, told where the jobs are.
 */
function degreeAmongJobs(entry: Entry, work: { position?: string }): ReturnType<typeof toEducation> | undefined {
  const head = trimSeparators(withoutDates(entry.head.map((l) => l.text).join(" ")));
  // the degree opens the entry: "Cambridge MA" after an employer is a town and its state, no Master of Arts
  if (!work.position) return parseDegree(head)?.index === 0 && SCHOOL_WORDS.test(head) ? toEducation(entry) : undefined;
  return studyAtSchool(entry, work) ? toEducation(entry) : undefined;
}

/**
 * "**2011 – 2020** · *Abitur*" over "**Kestrel-Gymnasium**", "*Student*" over "**Universität Lindau**" with "Physik –
 * Bachelor" under it: a Lebenslauf tells its schooling in the one history with its jobs, the degree (or the bare word for
 * a student, its degree on the line under it) where a job's title goes and the school where the employer does.
 */
function studyAtSchool(entry: Entry, work: { name?: string; position?: string }): boolean {
  if (!work.name || !SCHOOL_WORDS.test(work.name) || !work.position) return false;
  const title = work.position.trim();
  // the degree is the whole title; "PhD Candidate", a student's standing, at a university is a post academics list among their jobs
  const degree = parseDegree(title);
  const studied = STUDY_ROLE.exec(title);
  if (!studied && degree?.index === 0 && degree.end === title.length && !degree.area && !ROLE_WORDS.test(title)) return true;
  // ("Tutored first-year MSc students": a degree named inside a sentence about the job is no degree studied)
  const under = entry.body[0]?.text.trim();
  const told = under === undefined || /[.!?]$/.test(under) ? undefined : parseDegree(under);
  return studied !== null && studied[0].length === title.length && told !== undefined && (told.index === 0 || told.end === under!.length);
}

/**
 * A section title that names an employer and dates the job ("Acme株式会社 (2021/04〜2022/09)", "Globex Inc. 2019 – 2022"),
 * or names it over a first line that opens with the job's dates ("## 주식회사 보이저 · 플랫폼실 · 프론트엔드 개발자" over
 * "**2025.08 ~ 2026.04 (9개월)**", as a 경력기술서 gives each employer a section of its own).
 */
export function namesDatedEmployer(title: string, first?: string): boolean {
  if (!LEGAL_FORM.test(title) && !pairsRoleAndEmployer(title)) return false;
  if (findDates(title).some((d) => d.range)) return true;
  const dates = first === undefined ? undefined : findDates(first)[0];
  return !!dates?.range && !/[\p{L}\p{N}]/u.test(first!.slice(0, dates.index));
}

/** Sections that are each one employer's: the jobs of a work section that has no heading of its own. */
export function placeEmployerSections(draft: Draft, blocks: readonly SectionBlock[]): void {
  const entries = blocks.map((b) => {
    const title = { kind: "subheading" as const, text: b.title!, position: b.position, depth: 2, links: [], gap: true };
    // "**2025.08 ~ 2026.04 (9개월)** ※ 회사 폐업으로 퇴사" under an undated title: its dates are the header's, what
    // follows them the job's text
    const dating = findDates(b.title!).some((d) => d.range) ? undefined : datingLine(b.lines);
    const at = dating?.at ?? -1;
    const first = dating ? { ...b.lines[at]!, text: dating.text } : undefined;
    const dates = first && findDates(first.text)[0];
    if (!first || !dates?.range) return { head: [title], body: b.lines, position: b.position };
    const rest = first.text.slice(dates.index + dates.length).replace(/^[\s*_)\]]+/, "");
    const dated = { ...first, text: first.text.slice(0, dates.index + dates.length), spans: undefined, lead: undefined };
    // (what comes before a period line, "【概要】" and the overview, is the job's text, as what follows it is)
    const before = b.lines.slice(0, at).filter((l) => /\S/.test(l.text));
    const body = [...before, ...(/[\p{L}\p{N}]/u.test(rest) ? [{ ...first, text: rest, spans: undefined, lead: undefined }] : []), ...b.lines.slice(at + 1)];
    return { head: [title, dated], body, position: b.position };
  });
  placeJobs(draft, [], "work", undefined, { entries, loose: [] });
}

/** Jobs told where the page gives them no section of its own (role-sections.ts): listed under the résumé language's word. */
export function placeUntitledJobs(draft: Draft, entries: Entry[]): void {
  placeJobs(draft, [], "work", undefined, { entries, loose: [] });
}

/**
 * A section that lists schools and jobs together ("学歴・職歴", "Education and
 * Research Experience"): each entry is a degree when its header names a school
 * or a degree, and a job otherwise. `studyTitle` names the education section
 * where the history had no title of its own to give it (untitled lines).
 */
export function placeHistory(draft: Draft, lines: readonly SourceLine[], title: string, studyTitle = title): void {
  const { entries, loose } = splitEntries(lines);
  // a degree makes a study; else a job title leading a header line ("Postdoctoral Fellow, Yale University") makes a job
  const leadsWithRole = (text: string) => roleLean(weighPhrase(text.split(/,\s|\s[|·—–]\s/)[0]!)) > 0.3;
  const isStudy = (e: Entry) => e.head.some((l) => namesDegree(l.text)) || (e.head.some((l) => SCHOOL_WORDS.test(l.text)) && !e.head.some((l) => leadsWithRole(l.text)));
  const studies = entries.filter(isStudy);
  const jobs = entries.filter((e) => !isStudy(e));
  if (studies.length) placeEntries(draft, [], "education", studyTitle, true, { entries: studies, loose: [] });
  if (jobs.length || loose.length) placeJobs(draft, [], "work", title, { entries: jobs, loose });
}

import type { SourceLine } from "../parse/source-line.js";
import type { Work } from "../resume/schema.js";
import { classifyTitle } from "../parse/section-titles.js";
import { foldLabel, LABEL_AND_VALUE } from "./contacts.js";
import { compact, jobDates } from "./date-fields.js";
import { findDates } from "./dates.js";
import { isDurationLine } from "./date-pattern.js";
import { trimSeparators } from "./entry-parts.js";
import { entryLabelsOf } from "./vocabulary.js";

/** "現職：…", "현직 : …": labels of the job held now. */
const TENURE_LABELS = entryLabelsOf("tenure");
/** "직무 : …", "职位：…": labels of the title held in it. */
const POSITION_LABELS = entryLabelsOf("position");

/** A job read from a form of personal details, with the line it came from. */
export interface FormJob {
  work: Work;
  line: SourceLine;
}

/**
 * "경력 : 한빛전자 (2017.01 ~ )", "職歴：株式会社サンプル（2019年4月〜現在）": a form of personal details may name the
 * career's one employer under the label of a work section or of the job held now, with the dates it was held in
 * brackets after it, when no section lists the jobs. A value with no dated range after a name ("경력 : 4년", "工作经验：3年")
 * counts the years worked and names no employer.
 */
export function findWorkInForm(lines: readonly SourceLine[]): FormJob[] {
  const jobs = lines.flatMap((line): FormJob[] => {
    const m = LABEL_AND_VALUE.exec(line.text.trim());
    if (!m) return [];
    const label = foldLabel(m[1]!);
    if (classifyTitle(label) !== "work" && !TENURE_LABELS.has(label)) return [];
    const value = m[2]!.trim();
    const dates = findDates(value)[0];
    if (!dates?.range || !dates.start) return [];
    // the dates close the value, in brackets or after a space: what stands before them is the employer
    if (trimSeparators(value.slice(dates.index + dates.length).replace(/[)）\]]/gu, "")) !== "") return [];
    const name = trimSeparators(value.slice(0, dates.index).replace(/[\s(（[]+$/u, ""));
    // "Experience: 10 years (2014 – 2024)": how long the career lasted, no employer
    if (!/\p{L}/u.test(name) || isDurationLine(name)) return [];
    const { startDate, endDate } = jobDates(dates);
    return [{ work: compact({ name, startDate, endDate }), line }];
  });
  // "직 무 : 품질시스템 운영": the form's one job holds the title it labels on a line of its own
  const titles = lines.flatMap((line) => {
    const m = LABEL_AND_VALUE.exec(line.text.trim());
    return m && POSITION_LABELS.has(foldLabel(m[1]!)) ? [m[2]!.trim()] : [];
  });
  return jobs.length === 1 && titles.length === 1 ? [{ ...jobs[0]!, work: { ...jobs[0]!.work, position: titles[0]! } }] : jobs;
}

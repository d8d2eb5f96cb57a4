import type { Entry } from "./layout/lines.js";
import { hasDate } from "./layout/lines.js";
import { namesDegree } from "./degrees.js";
import { SCHOOL_WORDS } from "./vocabulary.js";

/**
 * "| **Bachelor of Science (Physics)** | **2019 - 2023** |" over "| **Northfield Institute of Technology** | GPA: 3.8 |":
 * a table that sets each study in two rows, the degree beside its dates and the school beside its grade, is the
 * two-line entry most CVs print (degree and dates, then school and grade) laid into cells. A row that names a degree
 * and dates but no school, followed by one that names a school but no degree and no dates, is one study.
 */
export function joinStudyRowPairs(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const entry of entries) {
    const before = out.at(-1);
    if (before && isDegreeRow(before) && isSchoolRow(entry)) out[out.length - 1] = { ...before, head: [...before.head, ...entry.head], body: entry.body };
    else out.push(entry);
  }
  return out;
}

const rowText = (entry: Entry) => (entry.head.length === 1 && entry.head[0]!.kind === "row" ? entry.head[0]!.text : undefined);

function isDegreeRow(entry: Entry): boolean {
  const text = rowText(entry);
  return text !== undefined && !entry.body.length && hasDate(entry.head[0]!) && namesDegree(text) && !SCHOOL_WORDS.test(text);
}

function isSchoolRow(entry: Entry): boolean {
  const text = rowText(entry);
  return text !== undefined && !hasDate(entry.head[0]!) && SCHOOL_WORDS.test(text) && !namesDegree(text);
}

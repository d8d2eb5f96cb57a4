import vocabulary from "./category-columns.json" with { type: "json" };
import { classifyTitle, type SectionKind } from "./section-titles.js";

const CATEGORY_COLUMNS: ReadonlySet<string> = new Set(vocabulary.columns);

/** The kinds of section that hold a CV's entries, as against its owner's details, summary or skills. */
const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(["work", "volunteer", "education", "publications", "patents", "projects", "awards", "certificates", "talks", "teaching", "service"]);

/**
 * "| 구분 | 내용 | 기간 |" over "| 학력 | 한빛대학교 경영학 학사 | 2022.03 |" and "| 자격증 | 정보처리기사 | 2020.11 |": a
 * table whose first column, headed as a category, says of each row what kind of entry it is, so that one table under
 * "Education & Certifications" lists a degree, certificates and an award. True when the column's header names a
 * category and its cells name two kinds of entries or more; each run of rows of one category is then a section of
 * that title. A two-column table ("| 구분 | 내용 |" over "| 이메일 | … |") pairs labels with values, and is not sorted so.
 */
export function sortsRowsByCategory(columnNames: readonly string[], rows: readonly (readonly string[])[]): boolean {
  if (columnNames.length < 3 || !CATEGORY_COLUMNS.has(columnNames[0]!.trim().toLowerCase())) return false;
  const kinds = new Set(rows.map((cells) => classifyTitle(cells[0]?.trim() ?? "")).filter((k) => k !== undefined && ENTRY_KINDS.has(k)));
  return kinds.size >= 2;
}

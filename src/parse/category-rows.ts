import vocabulary from "./category-columns.json" with { type: "json" };
import { classifyTitle, type SectionKind } from "./section-titles.js";

const CATEGORY_COLUMNS: ReadonlySet<string> = new Set(vocabulary.columns);

/** The kinds of section that hold a CV's entries, as against its owner's details, summary or skills. */
const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(["work", "volunteer", "education", "publications", "patents", "projects", "awards", "certificates", "talks", "teaching", "service"]);

/**
 * "| 구분 | 내용 | 기간 |" over "| 학력 | 한빛대학교 경영학 학사 | 2022.03 |" and "| 자격증 | 정보처리기사 | 2020.11 |": a
 * table whose first column, headed as a category, says of each row what kind of entry it is, so that one table under
 * "Education & Certifications" lists a degree, certificates and an award. True when the column's header names a
 * category, every cell of it titles a section, and they name two kinds of entries or more; each run of rows of one category is then a section of
 * that title. A two-column table ("| 구분 | 내용 |" over "| 이메일 | … |") pairs labels with values, and is not sorted so.
 */
export function sortsRowsByCategory(columnNames: readonly string[], rows: readonly (readonly string[])[]): boolean {
  if (columnNames.length < 3 || !CATEGORY_COLUMNS.has(columnNames[0]!.trim().toLowerCase())) return false;
  // every category a section's title: "| 구분 | 회사명 | 기간 |" over "정규직" / "인턴", or a skills table's "개발 언어" beside
  // "자격증", sorts what is one section by something else
  const categories = rows.map((cells) => cells[0]?.trim() ?? "").filter(Boolean);
  if (!categories.every((c) => classifyTitle(c) !== undefined)) return false;
  const kinds = new Set(categories.map(classifyTitle).filter((k) => k !== undefined && ENTRY_KINDS.has(k)));
  return kinds.size >= 2;
}

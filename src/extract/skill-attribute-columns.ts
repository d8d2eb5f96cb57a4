import type { SourceLine } from "../parse/source-line.js";
import columns from "./vocabulary/skill-table-columns.json" with { type: "json" };
import { readRating } from "./skill-items.js";

const wordsOf = (byLanguage: Record<string, string[]>): Set<string> => new Set(Object.values(byLanguage).flat());
const MEASURES: ReadonlySet<string> = wordsOf(columns.measures);
const SAYS: ReadonlySet<string> = wordsOf(columns.says);
const NAMES: ReadonlySet<string> = wordsOf(columns.names);

/**
 * "| Technologie | Erfahrung |" over "| **C++** | 4 Semester |": a first column headed by the word for one skill, in the
 * singular, names a skill a row, so long as the other columns say how long or how well and none of its cells lists several.
 */
const namesOneSkill = (header: string | undefined, heads: readonly string[], rest: readonly string[]): boolean =>
  header !== undefined &&
  NAMES.has(header.replace(/[*_]/g, "").trim().toLowerCase()) &&
  // ("| Skill | Details |" over "| Cloud | AWS |": a column of details lists the skills, its first the groups)
  heads.every((h) => MEASURES.has(h) || SAYS.has(h)) &&
  rest.every((c) => !/[,，、;]/u.test(c));

/** A column header that gives a version or how long a skill was used ("Years", "実務経験年数"): it heads no list of skills. */
export const isMeasureColumn = (header: string | undefined): boolean => header !== undefined && MEASURES.has(header.trim().toLowerCase());

/**
 * "| 言語 | バージョン | 年数 | 利用目的 |" over "| Python | 3.4 ~ | 3年 | 統計分析,可視化 |": a skills table whose
 * columns after the first say something of the skill the row names, one of them its version or how long it was
 * used, lists its skills down the first column, one a row, and no cell after them is a skill. Such rows are
 * returned as item lines of their first cell, and as they were written in `said`, for the section's catch-all to
 * keep the versions and years. A table whose other cells all rate the skill ("| Go | 3年 |") is left to be read as
 * rated rows, and "| Category | Details |" is no such table: its second column lists the skills.
 */
export function skillsDownFirstColumn(lines: readonly SourceLine[]): { lines: SourceLine[]; said: SourceLine[] } {
  const said: SourceLine[] = [];
  const read = lines.map((l) => {
    const [first, ...rest] = l.cells ?? [];
    const heads = l.columnNames?.slice(1).map((h) => h.trim().toLowerCase());
    if (l.kind !== "row" || !first?.trim() || !heads) return l;
    const named = namesOneSkill(l.columnNames![0], heads, rest);
    if (!named && (!heads.some((h) => MEASURES.has(h)) || !heads.every((h) => MEASURES.has(h) || SAYS.has(h)))) return l;
    if (!named && rest.every((c) => !c.trim() || readRating(c) !== undefined)) return l;
    said.push(l);
    return { ...l, kind: "bullet" as const, depth: 0, text: first.trim(), cells: undefined, columnNames: undefined, spans: undefined, lead: undefined };
  });
  return { lines: read, said };
}

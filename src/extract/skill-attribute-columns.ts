import type { SourceLine } from "../parse/source-line.js";
import columns from "./vocabulary/skill-table-columns.json" with { type: "json" };
import { readRating } from "./skill-items.js";

const ATTRIBUTES: ReadonlySet<string> = new Set(Object.entries(columns).flatMap(([key, words]) => (key === "about" ? [] : (words as string[]))));

/**
 * "| 言語 | バージョン | 年数 | 利用目的 |" over "| Python | 3.4 ~ | 3年 | 統計分析,可視化 |": a skills table whose columns
 * after the first say something of the skill the row names (its version, years, what it was used for), so that its
 * skills are the first column's cells, one a row, and no cell after them is a skill. Each such row is returned as an
 * item line of its first cell; a table whose other cells all rate the skill ("| Go | 3年 |") is left to be read as
 * rated rows, and any other line is returned as it is.
 */
export function skillsDownFirstColumn(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((l) => {
    const [first, ...said] = l.cells ?? [];
    const heads = l.columnNames?.slice(1).map((h) => h.trim().toLowerCase());
    if (l.kind !== "row" || !first?.trim() || !heads?.length || !heads.every((h) => ATTRIBUTES.has(h))) return l;
    if (said.every((c) => !c.trim() || readRating(c) !== undefined)) return l;
    return { ...l, kind: "bullet" as const, depth: 0, text: first.trim(), cells: undefined, columnNames: undefined, spans: undefined, lead: undefined };
  });
}

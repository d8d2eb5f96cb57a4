import type { SourceLine } from "../parse/source-line.js";
import type { SkillGroup } from "./skill-groups.js";
import { readTableHeader } from "./table-header.js";
import { readRating } from "./skill-items.js";
import { isMeasureColumn } from "./skill-attribute-columns.js";

/**
 * A skills table whose columns are the groups: `| Languages | Tools |` over
 * rows of one item per cell, the shorter columns left blank at the bottom,
 * named by the table's header. Undefined unless the lines are such a table:
 * at least two rows, every cell a single item, and either three columns or
 * more or a ragged bottom, which a table of `| Category | items |` rows
 * never has.
 */
export function readSkillColumns(lines: readonly SourceLine[], sourceLines: readonly string[]): SkillGroup[] | undefined {
  const rows = lines.filter((l) => l.kind === "row" && l.cells);
  if (rows.length < 2) return undefined;
  const width = rows[0]!.cells!.length;
  const header = readTableHeader(rows[0]!, sourceLines);
  if (!header || header.length !== width || width < 2 || rows.some((r) => r.cells!.length !== width)) return undefined;
  // "| | | |" over "|-|-|-|": a header left empty names no column, so the columns are no groups (the rows' first cells are)
  if (header.every((name) => !name)) return undefined;
  // "| Category | Tools | Years |": a column of years or versions is no group of skills, so the rows are the groups
  if (header.some(isMeasureColumn)) return undefined;
  const single = rows.every((r) => r.cells!.every((c) => !/[,;·、，]/.test(c)));
  const ragged = rows.some((r) => r.cells!.some((c, i) => !c.trim() && i > 0));
  if (!single || (width < 3 && !ragged)) return undefined;
  // "| 言語 | 業務 | 業務外 |" over "| Go | 1年 | - |": every cell after the first rates the skill its row names, so the
  // rows are the skills and the header names what was rated, no groups
  const rated = rows.flatMap((r) => r.cells!.slice(1)).filter((c) => !/^[-–—]?$/u.test(c.trim()));
  if (rated.length > 0 && rated.every((c) => readRating(c) !== undefined)) return undefined;
  return header.map((name, col) => ({
    name,
    items: rows.filter((r) => r.cells![col]!.trim()).map((r) => ({ text: r.cells![col]!.trim(), split: false, position: r.position })),
    position: rows[0]!.position,
  }));
}

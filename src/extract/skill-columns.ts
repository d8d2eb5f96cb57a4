import type { SourceLine } from "../parse/source-line.js";
import type { SkillGroup } from "./skill-groups.js";

/**
 * A skills table whose columns are the groups: `| Languages | Tools |` over
 * rows of one item per cell, the shorter columns left blank at the bottom.
 * The Markdown reader keeps no header row (it only names a table's columns),
 * so the header is read back from the source line above the table's
 * delimiter row. Undefined unless the lines are such a table: at least two
 * rows, every cell a single item, and either three columns or more or a
 * ragged bottom, which a table of `| Category | items |` rows never has.
 */
export function readSkillColumns(lines: readonly SourceLine[], sourceLines: readonly string[]): SkillGroup[] | undefined {
  const rows = lines.filter((l) => l.kind === "row" && l.cells);
  if (rows.length < 2) return undefined;
  const width = rows[0]!.cells!.length;
  const header = headerCells(sourceLines[rows[0]!.position.line - 3]);
  if (!header || header.length !== width || width < 2 || rows.some((r) => r.cells!.length !== width)) return undefined;
  const single = rows.every((r) => r.cells!.every((c) => !/[,;·]/.test(c)));
  const ragged = rows.some((r) => r.cells!.some((c, i) => !c.trim() && i > 0));
  if (!single || (width < 3 && !ragged)) return undefined;
  return header.map((name, col) => ({
    name,
    items: rows.filter((r) => r.cells![col]!.trim()).map((r) => ({ text: r.cells![col]!.trim(), split: false, position: r.position })),
    position: rows[0]!.position,
  }));
}

/** The cells of a Markdown table's header line, emphasis removed; undefined when the line is not one. */
export function headerCells(line: string | undefined): string[] | undefined {
  const text = line?.trim();
  if (!text || !text.startsWith("|")) return undefined;
  return text
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.replace(/[*_`]+/g, "").trim());
}

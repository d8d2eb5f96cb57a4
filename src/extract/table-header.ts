import type { SourceLine } from "../parse/source-line.js";

/**
 * The header cells of the Markdown table whose first body row is `row`,
 * emphasis removed. The Markdown reader keeps no header row (it only names
 * the columns), so the header is read back from the source line above the
 * table's delimiter row; undefined when that line is not a table row.
 */
export function readTableHeader(row: SourceLine, sourceLines: readonly string[]): string[] | undefined {
  const text = sourceLines[row.position.line - 3]?.trim();
  if (!text || !text.startsWith("|")) return undefined;
  return text
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.replace(/[*_`]+/g, "").trim());
}

import type { Paragraph, Table } from "mdast";
import { parseMarkdown } from "./markdown.js";

/** A line set between bars with a bar between two cells at least: "| Label | items |". */
const BORDERED_ROW = /^\|[^|]+(?:\|[^|]+)+\|$/;

/**
 * "| **Langages** | Java, PHP |" over "| **Outils** | Git, Docker |": rows set between bars with no line of dashes under
 * the first, which kramdown (Jekyll's Markdown, and so many a CV site's) reads as a table without a header row, though
 * CommonMark sees one paragraph. Such a paragraph, of two rows or more, is returned as that table, its rows placed on
 * their lines of the file and its header row empty, since no row names the columns.
 */
export function borderedTable(node: Paragraph, source: readonly string[]): Table | undefined {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || end === undefined || end <= start) return undefined;
  const rows = source.slice(start - 1, end).map((l) => l.trim());
  // a line of dashes among them draws a table of another syntax (pandoc's, its cells wrapped over rows), no such rows
  if (!rows.every((r) => BORDERED_ROW.test(r)) || rows.some((r) => /^[|\s:=+-]+$/.test(r))) return undefined;
  const columns = rows[0]!.split("|").length - 2;
  const header = `|${" |".repeat(columns)}\n|${" - |".repeat(columns)}\n`;
  const table = parseMarkdown(header + rows.join("\n")).children[0];
  if (table?.type !== "table" || table.children.length !== rows.length + 1) return undefined;
  // the header and its dashes are the two lines set above the paragraph's first
  for (const row of table.children) {
    const at = row.position;
    if (at) row.position = { start: { ...at.start, line: at.start.line + start - 3 }, end: { ...at.end, line: at.end.line + start - 3 } };
  }
  return table;
}

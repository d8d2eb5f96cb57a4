import type { Root, RootContent, Table, TableRow } from "mdast";
import { toString } from "mdast-util-to-string";
import { findDates } from "../extract/dates.js";
import entryLabels from "../extract/vocabulary/entry-labels.json" with { type: "json" };
import placeholderColumns from "./placeholder-columns.json" with { type: "json" };

/** "Period", "Company", "Year", "Language": the names of a table's columns, which head a table of values, not an entry. */
const COLUMN_NAMES = new Set(
  [
    ...placeholderColumns.columns,
    ...Object.values(placeholderColumns.valueColumns).filter(Array.isArray).flat(),
    ...[entryLabels.position, entryLabels.name, entryLabels.dates, entryLabels.school, entryLabels.degree, entryLabels.city, entryLabels.country].flat(),
  ].map((w) => w.toLowerCase()),
);

/**
 * "| **Acme** | Berlin |" ⏎ "|:--|--:|" ⏎ "| *Engineer* | *2019 – 2021* |": GitHub's Markdown sets nothing flush right
 * but a table's column, so some CVs write each entry as a table of its own, its header row the entry's first line
 * (the employer and its town) and its one row the second (the role and the dates). Two such tables or more in one
 * section, each of one row under its header and that row dated, are entries so written. A table headed by column
 * names ("| Language | Since |" over "| Go | 2019 |", "| Period | Company |") stays a table, however many there are.
 */
export function tablesOfOneEntry(tree: Root): Set<Table> {
  return new Set(sectionsOf(tree.children).flatMap((nodes) => {
    const tables = nodes.filter(isEntryTable);
    return tables.length >= 2 ? tables : [];
  }));
}

function isEntryTable(node: RootContent): node is Table {
  if (node.type !== "table" || node.children.length !== 2 || !node.children.every((row) => row.children.length === 2)) return false;
  const [header, body] = node.children as [TableRow, TableRow];
  return !header.children.some((cell) => COLUMN_NAMES.has(toString(cell).trim().replace(/[:：]$/u, "").toLowerCase())) && findDates(body.children.map((cell) => toString(cell)).join(" | ")).length > 0;
}

/** The document's top-level nodes cut at each section's heading (depth 1 or 2; deeper ones head its entries). */
function sectionsOf(nodes: readonly RootContent[]): RootContent[][] {
  const sections: RootContent[][] = [[]];
  for (const node of nodes) {
    if (node.type === "heading" && node.depth <= 2) sections.push([]);
    sections.at(-1)!.push(node);
  }
  return sections;
}

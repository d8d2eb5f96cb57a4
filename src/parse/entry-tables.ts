import type { Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { findDates } from "../extract/dates.js";

/**
 * "| **Acme** | Berlin |" ⏎ "|:--|--:|" ⏎ "| *Engineer* | *2019 – 2021* |": GitHub's Markdown sets nothing flush right
 * but a table's column, so some CVs write each entry as a table of its own, its header row the entry's first line
 * (the employer and its town) and its one row the second (the role and the dates). Two such tables or more, each of
 * one row under its header and each dated, are entries so written; a table of column names over one row of values
 * ("| Languages | Tools |" over "| Go | Git |") is dated nowhere and stays a table.
 */
export function tablesOfOneEntry(tree: Root): Set<Table> {
  const written = (table: Table) => table.children.map((row) => row.children.map((cell) => toString(cell)).join(" | ")).join("\n");
  const tables = tree.children.filter((node): node is Table => node.type === "table" && node.children.length === 2 && node.children.every((row) => row.children.length === 2) && findDates(written(node)).length > 0);
  return new Set(tables.length >= 2 ? tables : []);
}

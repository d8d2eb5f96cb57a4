import { joinYearAndMonth } from "./markdown-lines.js";
import type { SourceLine } from "./source-line.js";
import type { RawLine } from "./text-lines.js";

/** Runs of words set apart by two spaces (tabs made spaces first): a column-aligned line's cells. */
const CELL = /\S+(?: \S+)*(?=  |$)/g;

/** A header cell names a column: a few words, capitalised, no figures ("Qualification", "Board/University"). */
const isColumnName = (cell: string) => cell.split(/\s+/).length <= 3 && !/\d/.test(cell) && /^[\p{Lu}\p{Lo}]/u.test(cell);

/**
 * A table typed with spaces ("Qualification   Institute   Year" over one row
 * per degree), as plain-text and Indian CVs lay out their education: the first
 * line names the columns and becomes the table's header; each line under it
 * becomes a row whose cells sit under the header's columns, an empty cell
 * where a row leaves one out. Rows are read as a Markdown table's are.
 */
export function markColumnTables(lines: SourceLine[], raw: readonly RawLine[]): void {
  const rawAt = new Map(raw.map((r) => [r.line, r]));
  const cellsOf = (l: SourceLine) => [...(rawAt.get(l.position.line)?.raw ?? "").replace(/\t/g, "  ").matchAll(CELL)].map((m) => ({ text: m[0], at: m.index! }));
  const columned = (l: SourceLine | undefined) => l !== undefined && l.kind === "text" && l.depth === 0 && l.text.includes("\t");
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    if (!columned(header)) continue;
    const columns = cellsOf(header);
    if (columns.length < 3 || !columns.every((c) => isColumnName(c.text))) continue;
    // "年⇥月⇥学歴・職歴" over "2014⇥4⇥近畿大学 入学": one tab between cells, in the header and each row, sets the columns
    // by count, where a short year cell and a shorter month cell would not line up under their names by position;
    // "⇥⇥現在に至る", its date cells left empty, is a row of such a table too
    const tabbed = (l: SourceLine | undefined) => (l ? rawAt.get(l.position.line)?.raw.replace(/^ +| +$/g, "").split("\t").map((c) => c.trim()) : undefined);
    const byTab = tabbed(header)?.length === columns.length;
    const tabRow = (l: SourceLine | undefined) => byTab && l?.kind === "text" && l.depth === 0 && tabbed(l)?.length === columns.length;
    // a line that names columns again ("年⇥月⇥免許・資格") heads the next table
    const heads = (l: SourceLine) => cellsOf(l).length >= 3 && cellsOf(l).every((c) => isColumnName(c.text));
    let end = i + 1;
    while (((columned(lines[end]) && cellsOf(lines[end]!).length >= columns.length - 1) || tabRow(lines[end])) && !heads(lines[end]!)) end++;
    // rows hold figures (years, grades) their header does not: a grid of skill names is no table
    const rows = lines.slice(i + 1, end);
    if (rows.length < 2 || rows.filter((r) => /\d/.test(r.text)).length * 2 < rows.length) continue;
    header.tableHeader = true;
    const allTabbed = rows.every(tabRow);
    for (const row of rows) {
      if (allTabbed) {
        const cells = joinYearAndMonth(tabbed(row)!);
        Object.assign(row, { kind: "row", cells, columnNames: cells.length === columns.length ? columns.map((c) => c.text) : undefined, text: cells.filter(Boolean).join(" | ") });
        continue;
      }
      const cells = columns.map(() => "");
      for (const cell of cellsOf(row)) {
        // the column whose name starts nearest the cell's start, as a reader's eye lines them up
        const k = columns.reduce((best, c, j) => (Math.abs(c.at - cell.at) < Math.abs(columns[best]!.at - cell.at) ? j : best), 0);
        cells[k] = cells[k] ? `${cells[k]} ${cell.text}` : cell.text;
      }
      Object.assign(row, { kind: "row", cells, columnNames: columns.map((c) => c.text), text: cells.filter(Boolean).join(" | ") });
    }
    i = end - 1;
  }
}

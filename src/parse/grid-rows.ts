import type { RawLine } from "./text-lines.js";

/**
 * "| Scripting | Python, Perl, PHP, |" over "|           | JavaScript      |": a grid table (reStructuredText's, an ASCII
 * table's) wraps a long cell onto lines of its own, whose other cells are blank. Such a line goes on with the row
 * above it, cell by cell, as the table shows it; read alone, its words lost their label ("| JavaScript" as a skill of
 * its own). The row above takes the words and the line is marked "skip".
 */
export function joinGridContinuations(lines: RawLine[]): void {
  let row: { line: RawLine; cells: string[] } | undefined;
  // only a table framed by "+---+" borders wraps its cells so; org's tables ("|---+---|") and Markdown's keep a row a
  // line, and an org table's first column is often blank on every row
  let framed = false;
  for (const l of lines) {
    const cells = l.kind === "skip" ? undefined : gridCells(l.raw);
    if (!cells) {
      row = undefined;
      framed = l.kind === "rule" && GRID_BORDER.test(l.raw);
      continue;
    }
    // a blank first cell: the row's label goes on from above; a row of its own names its own
    if (framed && row && cells.length === row.cells.length && cells[0] === "" && cells.some(Boolean)) {
      row.cells = row.cells.map((cell, k) => [cell, cells[k]].filter(Boolean).join(" "));
      row.line.text = row.line.raw = `| ${row.cells.join(" | ")} |`;
      l.kind = "skip";
      continue;
    }
    row = { line: l, cells };
  }
}

/** "+-------+-----+", "+=======+=====+": a grid table's border, a rule whose dashes the normalised text holds as spaces. */
const GRID_BORDER = /^\s*\+(?:[-=\s]+\+)+\s*$/;

/** The cells of a line framed by bars with two cells or more, trimmed; undefined for any other line. */
function gridCells(raw: string): string[] | undefined {
  const framed = /^\s*\|(.*)\|\s*$/.exec(raw);
  const cells = framed?.[1]!.split("|").map((c) => c.trim());
  return cells && cells.length >= 2 ? cells : undefined;
}

import type { RawLine } from "./text-lines.js";

/** A row framed by bars ("| Scripting | Python, Perl |"). */
const FRAMED_ROW = /^\|.*\|$/;
/**
 * A grid table's border ("+-------+------+", "+=====+"), which opens and closes each of its rows; read after the raw
 * lines lost their leaders, which took its dashes for spaces ("+       +      +").
 */
const GRID_BORDER = /^\+(?:[-= ]+\+)+$/;
/**
 * What an org table's cell holds to lay the table out, never the CV's words: an alignment or width cookie ("<r>",
 * "<l>", "<c10>", "<10>") or a column group's mark ("/", "<", ">"), or a mark of its first column ("#", "!", "^", "_",
 * "$", "*"), or nothing.
 */
const LAYOUT_CELL = /^(?:<[lrc]?\d*>|[/<>#!^_$*])?$/;

const cellsOf = (text: string) => text.trim().slice(1, -1).split("|");

/**
 * "| / | <r> | <l> |": an org table's row that only sets how its columns align or group is no text of the CV; read as
 * text, its marks become skills. Marked "skip".
 */
export function markLayoutRows(lines: RawLine[]): void {
  for (const l of lines) {
    if (l.kind === "text" && FRAMED_ROW.test(l.text.trim()) && cellsOf(l.text).every((c) => LAYOUT_CELL.test(c.trim()))) l.kind = "skip";
  }
}

/**
 * "| Scripting | Python, Perl, |" over "|           | JavaScript   |": in a grid table (bordered by "+---+" lines) a
 * cell too long for its column wraps onto a line of the same row whose other cells are blank; that line's cells go on
 * the row's first line, each after its own cell, as one row. Read apart, the second line is a row of its own ("|
 * JavaScript"), a skill of no group.
 */
export function joinGridRowLines(lines: RawLine[]): void {
  /** Inside a grid table: a border was passed and only its rows since. */
  let inGrid = false;
  let row: RawLine | undefined;
  for (const l of lines) {
    if (GRID_BORDER.test(l.raw.trim())) {
      [inGrid, row] = [true, undefined];
      continue;
    }
    if (!inGrid || l.kind !== "text" || !FRAMED_ROW.test(l.text.trim())) {
      [inGrid, row] = [false, undefined];
      continue;
    }
    const [above, below] = row ? [cellsOf(row.text), cellsOf(l.text)] : [[], []];
    if (!row || above.length !== below.length || below[0]!.trim() !== "") {
      row = l;
      continue;
    }
    row.text = `| ${above.map((c, k) => [c.trim(), below[k]!.trim()].filter(Boolean).join(" ")).join(" | ")} |`;
    l.kind = "skip";
  }
}

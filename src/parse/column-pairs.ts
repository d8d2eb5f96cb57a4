import { findDates } from "../extract/dates.js";
import { isDateOnly, isSentence } from "../extract/layout/lines.js";
import { classifyTitle } from "./section-titles.js";
import type { RawLine } from "./text-lines.js";

/**
 * pdftotext (its default mode) cuts a two-column table into blocks and sets the left column's block before the
 * right one's: moderncv's `\cvitem` rows come out as "Development" / "Linux" / "Tools", a blank line, then "Python,
 * C, PHP" / "Debian, BSD" / "Jira, Confluence"; a tabular of dates beside entries as "2014 to present" / "2012-2014",
 * then "University of St Andrews" / "Shatin College". A paragraph of short labels, or of dates alone, maybe under
 * its section's title, followed straight by a paragraph of as many rows is that table again: each label or date goes
 * back before its cell, set apart by a column gap, before headings are looked for (a label such as "Tools" or
 * "Languages" alone on its line reads as a title). A row's cell may wrap after a comma or before a word in lower case
 * ("…, University" ⏎ "of St Andrews"). The document's first paragraph (a name over its headline) is left as it is.
 * Returns the lines so mended.
 */
export function pairColumns(lines: readonly RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  // a paragraph starts after a blank line, or at a section's title that follows the section before with no blank
  // line between ("· Built a scheduler" / "TECHNICAL SKILLS" / "Frameworks" / "Testing")
  const starts = lines.flatMap((l, i) => (isCell(l) && (i === 0 || lines[i - 1]!.kind === "blank" || classifyTitle(l.text)) ? [i] : []));
  let done = 0;
  for (const [k, start] of starts.entries()) {
    if (k === 0 || start < done) continue;
    const left = paragraph(lines, start);
    const gap = start + left.length;
    // the right column's paragraph comes after one blank line
    if (lines[gap]?.kind !== "blank" || !isCell(lines[gap + 1])) continue;
    const right = paragraph(lines, gap + 1);
    // "Work" over "Acme Inc" / "Lead Engineer": a paragraph led by a section's title starts that section, and the short
    // lines above it (a sidebar's "github" / "jdoe" / "codesandbox" / "jdoe") are no labels of its lines; a table under
    // its own section's title, or a column of dates, keeps its cells, whatever word the first holds ("Freelance")
    const labelsOwnTable = classifyTitle(left[0]!.text) !== undefined || left.some((l) => isDateOnly(l.text));
    if (classifyTitle(right[0]!.text) !== undefined && !labelsOwnTable) continue;
    const after = lines[gap + 1 + right.length];
    if (after !== undefined && after.kind !== "blank") continue;
    // one line more than the rows: the section's title, set at the top of the left column
    const termsOf = (rows: readonly RawLine[][]) => (left.length === rows.length + 1 && !isDateOnly(left[0]!.text) ? left.slice(1) : left);
    // a row in lower case ("vim, git, Linux") may be a row of its own rather than the one above going on: each line
    // is a row when so the rows and labels are as many, and the wrapped rows are not
    const match = [rowsOf(right), right.map((l) => [l])].map((rows) => ({ rows, terms: termsOf(rows) })).find(({ rows, terms }) => terms.length === rows.length && pairs(terms, rows));
    if (!match) continue;
    const { rows, terms } = match;
    out.push(...lines.slice(done, start + left.length - terms.length));
    terms.forEach((term, r) => {
      // the cell's wrapped lines join it here: a line set in columns is not joined to the one under it later
      const cell = rows[r]!.map((l) => l.raw.trim()).join(" ");
      out.push({ ...term, text: `${term.text}\t${cell}`, raw: `${term.raw.trimEnd()}\t${cell}` });
    });
    done = gap + 1 + right.length;
  }
  out.push(...lines.slice(done));
  return out;
}

/** A line of one column's paragraph: plain text at the margin, no gap of columns in it, not the first of a page. */
const isCell = (l: RawLine | undefined) => l !== undefined && l.kind === "text" && l.indent === 0 && !l.pageStart && !/\s{3}|\t/.test(l.text);

/** The text lines from `i` to the next blank line or line of another kind. */
function paragraph(lines: readonly RawLine[], i: number): RawLine[] {
  let end = i;
  while (end < lines.length && isCell(lines[end])) end++;
  return lines.slice(i, end);
}

/** A paragraph's rows: a line after one that ends with a comma, or one that starts in lower case ("of St Andrews"), goes on with it. */
function rowsOf(lines: readonly RawLine[]): RawLine[][] {
  const rows: RawLine[][] = [];
  lines.forEach((l, i) => (i > 0 && (/,$/.test(lines[i - 1]!.text) || /^\p{Ll}/u.test(l.text)) ? rows[rows.length - 1]!.push(l) : rows.push([l])));
  return rows;
}

/** At most so many rows: a longer run of short lines is a list, not one table's column. */
const MAX_ROWS = 12;

const isDateColumn = (lines: readonly RawLine[]) => lines.every((l) => isDateOnly(l.text));

function pairs(terms: readonly RawLine[], rows: readonly RawLine[][]): boolean {
  if (terms.length < 2 || terms.length > MAX_ROWS) return false;
  const cells = rows.map((r) => r[0]!.text);
  // a column of dates beside what they date
  if (isDateColumn(terms)) return cells.every((c) => !isDateOnly(c));
  // or of labels beside values, one of which at least is no label itself ("Cooking" / "Hiking" over "Chess" /
  // "Reading" are four interests)
  // dated, unless each label says it is one ("Geburtstag:"): "Acme GmbH" / "Engineer" over "2019 – 2021" / "Berlin"
  // are an entry's header and the dates and place set right of it
  if (!terms.every((l) => /[:：]$/u.test(l.text)) && cells.some((c) => findDates(c).length > 0)) return false;
  return terms.every((l) => isLabel(l.text)) && rows.some((r) => r.length > 1 || !isLabel(r[0]!.text));
}

/** "Development", "Geburtstag:", "2014 IB Diploma": a few words naming a row, no sentence, no list, no date alone. */
function isLabel(text: string): boolean {
  const label = text.replace(/\s*[:：]$/u, "");
  return label.length > 0 && label.length <= 30 && label.split(/\s+/).length <= 4 && !/[,;.!?|@]/.test(label) && !isSentence(label) && !isDateOnly(label);
}

import type { SourceLine } from "../../parse/source-line.js";
import { hasDate, isDateOnly } from "./lines.js";

/**
 * "- CenturyLink" / "2012 – present" / "**Network Engineer II**", then indented bullets: where every bold-led entry
 * start sits under a top-level item naming the employer and a date alone on its line (reStructuredText and Markdown
 * lists whose items go on in paragraphs of their own), the items open the entries, their headers running through the
 * bold line; so does any other top-level item that carries its dates ("- Private Contracting 1999 - present").
 * Returns each entry's first line with its last header line, or undefined when the section is not written so.
 */
export function itemsOverBoldStarts(lines: readonly SourceLine[], starts: ReadonlySet<number>): Map<number, number> | undefined {
  const item = (i: number) => lines[i]?.kind === "bullet" && lines[i]!.depth === 0;
  const under = [...starts].filter((i) => item(i - 2) && lines[i - 1]!.kind === "text" && lines[i - 1]!.depth === 0 && isDateOnly(lines[i - 1]!.text));
  if (!under.length || under.length !== starts.size) return undefined;
  const heads = new Map(under.map((i) => [i - 2, i]));
  lines.forEach((l, i) => item(i) && hasDate(l) && !starts.has(i + 2) && heads.set(i, i));
  return heads;
}

import type { SourceLine } from "../../parse/source-line.js";
import { namesDegree } from "../degrees.js";
import { hasDate, type SplitEntries } from "./lines.js";

/**
 * "Ph.D. in English, Lowtown University" / "B.A. in English, Kestrel College, 2009", a blank line between: an
 * education section whose every paragraph opens with a line that names the degree and, after a comma, where it was
 * taken, some paragraphs dated and some not (a degree in progress, a year left out). Each paragraph is a study of its
 * own. Split by its dates alone, the undated one was taken for lines of the dated one's, or left out, and the two
 * studies read as one. Undefined for any other layout, and where every paragraph is dated or none is, which the
 * dates split as well.
 */
export function degreeParagraphs(lines: readonly SourceLine[]): SplitEntries | undefined {
  const starts = lines.flatMap((l, i) => (l.depth === 0 && l.kind !== "bullet" && (i === 0 || l.gap) ? [i] : []));
  if (starts.length < 2 || starts[0] !== 0 || starts.some((i) => lines[i]!.kind !== "text" || !namesDegree(lines[i]!.text) || !lines[i]!.text.includes(","))) return undefined;
  const paragraphs = starts.map((start, k) => lines.slice(start, starts[k + 1] ?? lines.length));
  const dated = paragraphs.filter((p) => p.some(hasDate)).length;
  if (dated === 0 || dated === paragraphs.length) return undefined;
  return { entries: paragraphs.map(([head, ...body]) => ({ head: [head!], body, position: head!.position })), loose: [] };
}

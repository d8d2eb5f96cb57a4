import type { SourceLine } from "../../parse/source-line.js";
import { isPlaceLine } from "../entry-parts.js";
import { hasDate, isDateOnly, isSentence } from "./lines.js";

/**
 * pdftotext may set a section's right-hand column after all of its entries (Jake's résumé: "Software Engineer II" /
 * "Brightline Payments" / bullets, … then "June 2021 – Present" / "San Francisco, CA" for each entry in turn, each
 * its own paragraph). A section that ends with such paragraphs, a date alone on its line with maybe a place under
 * it, one for each undated entry above (header lines, then bullets or prose), gives each entry its date and place,
 * in order, under its header lines: returns the section's lines so rearranged, or nothing when it is not written so.
 */
export function withDateColumnInPlace(lines: readonly SourceLine[]): SourceLine[] | undefined {
  const records: SourceLine[][] = [];
  let end = lines.length;
  while (end > 0) {
    let at = end - 1;
    if (at > 0 && isColumnLine(lines[at]!) && isPlaceLine(lines[at]!.text) && isColumnDate(lines[at - 1]!)) at--;
    if (!isColumnDate(lines[at]!) || !lines[at]!.gap) break;
    records.unshift(lines.slice(at, end));
    end = at;
  }
  const above = lines.slice(0, end);
  if (records.length < 2 || above.some((l) => l.kind !== "bullet" && hasDate(l))) return undefined;
  const starts = above.flatMap((l, i) => (isColumnLine(l) && (i === 0 || (l.gap && isBody(above[i - 1]!))) ? [i] : []));
  if (starts.length !== records.length || starts[0] !== 0) return undefined;
  return starts.flatMap((start, k) => {
    const entry = above.slice(start, starts[k + 1] ?? above.length);
    const body = entry.findIndex(isBody);
    const head = body < 0 ? entry.length : body;
    return [...entry.slice(0, head), ...records[k]!.map((l) => ({ ...l, gap: false })), ...entry.slice(head)];
  });
}

const isColumnLine = (l: SourceLine) => l.kind === "text" && l.depth === 0;

const isColumnDate = (l: SourceLine) => isColumnLine(l) && isDateOnly(l.text);

/** What is said of an entry under its header: a bullet or a sentence. */
const isBody = (l: SourceLine) => l.kind === "bullet" || isSentence(l.text);

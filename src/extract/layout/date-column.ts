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
    const at = recordStart(lines, end);
    if (at === undefined) break;
    records.unshift(lines.slice(at, end));
    end = at;
  }
  const above = lines.slice(0, end);
  if (records.length < 2) return undefined;
  const starts = above.flatMap((l, i) => (isColumnLine(l) && (i === 0 || (l.gap && (isBody(above[i - 1]!) || headerOver(above, i)))) ? [i] : []));
  const entries = starts.map((start, k) => above.slice(start, starts[k + 1] ?? above.length));
  // the entries above may keep their own dates, set beside them where the page left room, the first ones only
  const dated = entries.filter((e) => e.some((l) => l.kind !== "bullet" && hasDate(l))).length;
  if (starts[0] !== 0 || entries.length - dated !== records.length || entries.slice(dated).some((e) => e.some((l) => l.kind !== "bullet" && hasDate(l)))) return undefined;
  return entries.flatMap((entry, k) => {
    if (k < dated) return entry;
    const body = entry.findIndex(isBody);
    const head = body < 0 ? entry.length : body;
    return [...entry.slice(0, head), ...records[k - dated]!.map((l) => ({ ...l, gap: false })), ...entry.slice(head)];
  });
}

/**
 * "University of Texas" / "B.S. in Computer Science" over "Austin College" / "A.A. in Mathematics": a paragraph of
 * two header lines or more right after another, neither saying anything of its entry, is an entry of its own.
 */
function headerOver(lines: readonly SourceLine[], i: number): boolean {
  let start = i - 1;
  while (start > 0 && !lines[start]!.gap) start--;
  const before = lines.slice(Math.max(0, start), i);
  const after = lines.slice(i + 1).findIndex((l) => l.gap || !isColumnLine(l));
  return before.length >= 2 && !before.some(isBody) && (after < 0 ? lines.length - i : after + 1) >= 2;
}

/**
 * Where the paragraph of the column that ends before `end` starts: a date alone with maybe a place under it
 * ("June 2021 – Present" / "San Francisco, CA"), or a place over its date ("Torino, Italy" / "2017"), its first
 * line after a blank one.
 */
function recordStart(lines: readonly SourceLine[], end: number): number | undefined {
  const [before, last] = [lines[end - 2], lines[end - 1]];
  if (!last || !isColumnLine(last)) return undefined;
  const isPlace = (l: SourceLine | undefined) => l !== undefined && isColumnLine(l) && isPlaceLine(l.text);
  if (isColumnDate(last) && isPlace(before) && before!.gap && !last.gap) return end - 2;
  if (isColumnDate(last)) return last.gap ? end - 1 : undefined;
  return isPlace(last) && before !== undefined && isColumnDate(before) && before.gap && !last.gap ? end - 2 : undefined;
}

const isColumnLine = (l: SourceLine) => l.kind === "text" && l.depth === 0;

const isColumnDate = (l: SourceLine) => isColumnLine(l) && isDateOnly(l.text);

/** What is said of an entry under its header: a bullet or a sentence. */
const isBody = (l: SourceLine) => l.kind === "bullet" || isSentence(l.text);

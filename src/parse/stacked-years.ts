import type { RawLine } from "./text-lines.js";

const LONE_YEAR = /^(?:19|20)\d\d$/;

/** A year anywhere in a line. */
const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * moderncv's moderntimeline (`\tlcventry{2021}{2024}{…}`) draws a job's span as a bar with its two years at its ends,
 * which pdftotext sets one over the other before the entry: "2021" / "2024", then a blank line and "Engineer, Acme";
 * where a section's bars stand side by side, all their years come first ("2022" / "2024" / "2019" / "2020"). A run
 * of lone years, an even number of them, each pair rising or level and each pair older than the one above (a CV
 * lists its latest first), followed by a blank line, is so many spans: each pair is joined again as a range on its
 * first line ("2021 – 2024", or "2017" for a bar within one year), and its second line is skipped. A column of
 * single years beside entries ("2019" / "2021" beside two awards) was paired with its rows before (column-pairs.ts);
 * years in the order a list of single-year entries would take ("2015" / "2017" / "2018" / "2021") are left as they
 * are.
 */
export function joinStackedYears(lines: RawLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!isLoneYear(lines[i]) || isLoneYear(lines[i - 1])) continue;
    let end = i;
    while (isLoneYear(lines[end])) end++;
    const years = lines.slice(i, end).map((l) => Number(l.text.trim()));
    const after = lines[end];
    if (years.length % 2 || (after !== undefined && after.kind !== "blank") || !spansLatestFirst(years)) continue;
    for (let k = i; k < end; k += 2) {
      const [from, to] = [years[k - i]!, years[k - i + 1]!];
      // a bar within one year shows it at both ends: it is that year
      lines[k]!.text = from === to ? `${from}` : `${from} – ${to}`;
      lines[k + 1]!.kind = "skip";
    }
    if (end - i > 2) dealSpans(lines, i, end);
    i = end;
  }
}

/**
 * "2022 – 2024" / "2019 – 2020" over "Mentor, …" / its text, a blank line, "Tutor, …" / its text: the spans of bars
 * drawn side by side, joined again, go each to its entry, in order, where as many undated entries set apart by blank
 * lines follow the run; the first stays where it is, over the first entry.
 */
function dealSpans(lines: RawLine[], from: number, end: number): void {
  const spans = (end - from) / 2;
  const starts = entryStarts(lines, end, spans);
  if (starts.length !== spans) return;
  // the later entries first, so that each move leaves the places of those before it as they were
  for (let k = spans - 1; k > 0; k--) {
    const moved = lines.splice(from + 2 * k, 2);
    // each move before this one took two lines from above this entry and set them below it, as this one takes two
    lines.splice(starts[k]! - 2 * (spans - k), 0, ...moved);
  }
}

/** Where the undated entries after a run of years start, each after a blank line; at most `count` of them. */
function entryStarts(lines: readonly RawLine[], end: number, count: number): number[] {
  const starts: number[] = [];
  for (let j = end; j < lines.length && starts.length < count; j++) {
    const l = lines[j]!;
    if (l.kind === "blank" || l.kind === "skip") continue;
    if (l.kind !== "text" || isLoneYear(l) || lines[j - 1]?.kind !== "blank") return [];
    starts.push(j);
    // the entry's lines, none of them dated
    for (; j < lines.length && lines[j]!.kind !== "blank"; j++) if (YEAR.test(lines[j]!.text)) return [];
  }
  return starts;
}

const isLoneYear = (l: RawLine | undefined) => l !== undefined && l.kind === "text" && LONE_YEAR.test(l.text.trim());

/** Pairs of years, each rising or level, each older than the pair before it. */
function spansLatestFirst(years: readonly number[]): boolean {
  for (let k = 0; k < years.length; k += 2) {
    if (years[k]! > years[k + 1]! || (k > 0 && years[k + 1]! > years[k - 2]!)) return false;
  }
  return true;
}

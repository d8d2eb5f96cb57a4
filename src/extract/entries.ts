import type { Position } from "../diagnostics/diagnostic.js";
import type { SourceLine } from "../parse/source-line.js";
import { findDates } from "./dates.js";

/** An entry of a section: the lines that name and date it, and the lines that describe it. */
export interface Entry {
  head: SourceLine[];
  body: SourceLine[];
  position: Position;
}

export interface SplitEntries {
  entries: Entry[];
  /** Lines that belong to no entry (an intro before the first one, a closing remark). */
  loose: SourceLine[];
}

/**
 * Splits a section's lines into entries. The first of these that applies wins:
 * (1) entries start at sub-headings, bold-led lines and table rows;
 * (2) entries are runs of short lines holding a date (multi-line plain-text headers);
 * (3) entries are title lines followed by bullets;
 * (4) every top-level line is an entry (lists of awards, papers, skills).
 */
export function splitEntries(lines: readonly SourceLine[]): SplitEntries {
  if (lines.some(isMarkedStarter)) return splitAt(lines, markedStarts(lines));
  // "Mar 15, 2025	Our paper was accepted…": a list whose lines each begin with their date, one item a line
  const dateLed = lines.flatMap((l, i) => (l.kind === "text" && l.depth === 0 && startsWithDate(l.text) ? [i] : []));
  if (dateLed.length >= 2 && dateLed.length === lines.filter((l) => l.kind === "text" && l.depth === 0).length) return splitAt(lines, new Set(dateLed));
  const runs = datedRuns(lines);
  if (runs.size) return splitAt(lines, runs);
  const titled = titledStarts(lines);
  if (titled.size) return splitAt(lines, titled, true);
  return splitAt(lines, new Set(lines.map((l, i) => (isNested(l) ? -1 : i)).filter((i) => i >= 0)));
}

/** Short, capitalised, without closing punctuation: a line that can name something. */
export function isTitleLike(text: string): boolean {
  if (!text || text.length > 120 || text.split(/\s+/).length > 14) return false;
  return !/[.!?;:。]$/.test(text) && !/^\p{Ll}/u.test(text);
}

const isMarkedStarter = (l: SourceLine) => l.kind === "subheading" || l.kind === "row" || (l.kind === "text" && l.lead !== undefined && l.depth === 0);
const isNested = (l: SourceLine) => l.depth > 0;
const hasDate = (l: SourceLine) => findDates(l.text).length > 0;

/** Starters of rule (1); a sub-heading directly followed by a bold line forms one header with it. */
function markedStarts(lines: readonly SourceLine[]): Set<number> {
  const starts = new Set<number>();
  lines.forEach((l, i) => {
    if (!isMarkedStarter(l)) return;
    const prev = lines[i - 1];
    if (prev?.kind === "subheading" && l.kind !== "subheading" && !hasDate(prev) && starts.has(i - 1)) return;
    starts.add(i);
  });
  return starts;
}

/** Rule (2): each run of consecutive short non-bullet lines, one of them dated, starts an entry. */
function datedRuns(lines: readonly SourceLine[]): Set<number> {
  const starts = new Set<number>();
  let runStart = -1;
  let dated = false;
  const close = () => {
    if (runStart >= 0 && dated) starts.add(runStart);
    runStart = -1;
    dated = false;
  };
  lines.forEach((l, i) => {
    const short = l.kind === "text" && l.depth === 0 && l.text.length <= 100 && (!/\.$/.test(l.text) || isDateOnly(l.text));
    // a blank line ends a run: a place line under one header does not start the next
    if (!short || l.gap) close();
    if (!short) return;
    if (runStart < 0) runStart = i;
    if (hasDate(l)) {
      dated = true;
      close();
    }
  });
  close();
  return starts;
}

function startsWithDate(text: string): boolean {
  const d = findDates(text)[0];
  return d?.index === 0 && d.length < text.length;
}

function isDateOnly(text: string): boolean {
  const d = findDates(text)[0];
  return !!d && text.replace(d.period, "").replace(/[\s.,()|–—-]/g, "") === "";
}

/** Rule (3): a title-like text line followed by bullets (maybe after a line of prose). */
function titledStarts(lines: readonly SourceLine[]): Set<number> {
  const starts = new Set<number>();
  lines.forEach((l, i) => {
    if (l.kind !== "text" || l.depth > 0 || !isTitleLike(l.text)) return;
    const next = lines[i + 1];
    const after = lines[i + 2];
    if (next?.kind === "bullet" || (next?.kind === "text" && !isTitleLike(next.text) && after?.kind === "bullet")) starts.add(i);
  });
  return starts;
}

/**
 * Cuts `lines` at the given starts. With `sentencesLoose`, a sentence after an
 * entry's bullets is a remark about the section, not part of the entry.
 */
function splitAt(lines: readonly SourceLine[], starts: ReadonlySet<number>, sentencesLoose = false): SplitEntries {
  const entries: Entry[] = [];
  const loose: SourceLine[] = [];
  let current: Entry | undefined;
  let inHead = false;
  lines.forEach((l, i) => {
    if (starts.has(i)) {
      current = { head: [l], body: [], position: l.position };
      entries.push(current);
      inHead = true;
      return;
    }
    if (!current) return void loose.push(l);
    if (sentencesLoose && l.kind === "text" && current.body.some((b) => b.kind === "bullet") && !isTitleLike(l.text)) return void loose.push(l);
    // plain-text headers span several lines; the dated run rule marks only their first
    const underSubheading = current.head.length === 1 && current.head[0]!.kind === "subheading";
    const continuesHead = !l.gap || underSubheading;
    // "### Zalando" then "**Senior Frontend Engineer** · *2021 – now*": one header, as markedStarts decided
    // "09/2021 - present" alone, then "Farfetch, Lisbon" and "Machine Learning Engineer": dates first, header below
    const afterDateLine = isDateOnly(current.head[0]!.text) && current.head.length <= 2 && isTitleLike(l.text);
    if (inHead && l.kind === "text" && continuesHead && current.head.length < 6 && l.text.length <= 100 && (!current.head.some(hasDate) || afterDateLine) && (!l.lead || underSubheading)) {
      current.head.push(l);
      return;
    }
    if (inHead && l.kind === "text" && !l.gap && isDateOnly(l.text) && !current.head.some(hasDate)) {
      current.head.push(l);
      return;
    }
    inHead = false;
    current.body.push(l);
  });
  return { entries, loose };
}

import { isDateOnly } from "../extract/layout/lines.js";
import { blankLineAt, type RawLine } from "./text-lines.js";

/** How many lines at a page's top or foot a running header or footer may take (moderncv's footer takes three). */
const EDGE = 4;

/**
 * A header or footer that a PDF repeats on every page comes out of pdftotext with each page: moderncv's footer of
 * address, phone and e-mail, a "Jane Doe · Résumé" line, a "References are available on request" under every
 * page. Its lines are the document's, not a section's: every appearance after the first is skipped, and the first,
 * unless it heads the first page, goes under the name, where a CV's contacts are read (as the PDF reader does,
 * src/source/pdf/pdf-rearrange.ts), rather than into the entry the page break cuts. A line counts as running
 * when it is among the first or last lines of two pages or more and the lines between it and the page's edge are
 * running too.
 */
export function liftRunningLines(lines: RawLine[]): void {
  const pages = readPages(lines);
  if (pages.length < 2) return;
  const onPages = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const i of [...page.slice(0, EDGE), ...page.slice(-EDGE)]) {
      const text = lines[i]!.text;
      // "Jan 2019 – Present" closing two pages' last entries is theirs, however alike
      if (text.length > 3 && !isDateOnly(text)) onPages.set(text, (onPages.get(text) ?? new Set()).add(p));
    }
  });
  const running = (i: number) => (onPages.get(lines[i]!.text)?.size ?? 0) >= 2;
  const seen = new Set<string>();
  const firsts: number[] = [];
  pages.forEach((page) => {
    const head = edgeRun(page, running);
    const foot = edgeRun([...page].reverse(), running).reverse();
    for (const i of new Set([...head, ...foot])) {
      if (seen.has(lines[i]!.text)) lines[i]!.kind = "skip";
      else firsts.push(i);
      seen.add(lines[i]!.text);
    }
  });
  moveUnderName(lines, firsts);
}

/** The indices of each page's lines of content, top to bottom. */
function readPages(lines: readonly RawLine[]): number[][] {
  const pages: number[][] = [[]];
  lines.forEach((l, i) => {
    if (l.pageStart && pages[pages.length - 1]!.length) pages.push([]);
    if (l.kind !== "blank" && l.kind !== "skip") pages[pages.length - 1]!.push(i);
  });
  return pages;
}

/** The lines from the page's edge inward that are running, at most EDGE of them. */
function edgeRun(fromEdge: readonly number[], running: (i: number) => boolean): number[] {
  const run: number[] = [];
  for (const i of fromEdge.slice(0, EDGE)) {
    if (!running(i)) break;
    run.push(i);
  }
  return run;
}

/**
 * Moves the lines (the first appearances of running lines, in order) after the document's first block, set apart
 * by blank lines; those in that block already (a header over the name on the first page) stay where they are.
 */
function moveUnderName(lines: RawLine[], firsts: readonly number[]): void {
  const firstContent = lines.findIndex((l) => l.kind !== "blank" && l.kind !== "skip");
  let nameEnd = firstContent;
  while (nameEnd < lines.length && lines[nameEnd]!.kind !== "blank") nameEnd++;
  const moving = [...firsts].sort((a, b) => a - b).filter((i) => i >= nameEnd);
  if (!moving.length) return;
  const moved = moving.map((i) => lines[i]!);
  for (const i of [...moving].reverse()) lines.splice(i, 1);
  lines.splice(nameEnd, 0, blankLineAt(moved[0]!), ...moved, blankLineAt(moved[moved.length - 1]!));
}

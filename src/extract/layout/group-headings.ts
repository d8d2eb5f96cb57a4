import type { SourceLine } from "../../parse/source-line.js";

/**
 * "### Journal articles" over a numbered list of papers: in a section that
 * lists items (papers, awards), sub-headings over list items only group them
 * ("### Dissertation" may hold one), the items above the first of them being
 * a group of their own. Returns those headings, when every sub-heading is one
 * and some group holds several items.
 */
export function groupHeadings(lines: readonly SourceLine[]): Set<SourceLine> {
  const heads = lines.flatMap((l, i) => (l.kind === "subheading" ? [i] : []));
  // "###in prep" over "<p>Hodson, T.O., … Title.</p>" paragraphs: where no item is a bullet, a paragraph is one, under
  // headings of a few words that name kinds of papers (a paper's own heading names it at more length)
  const paragraphs = !lines.some((l) => l.kind === "bullet") && heads.every((i) => lines[i]!.text.split(/\s+/).length <= 4);
  const isItem = (l: SourceLine) => l.depth === 0 && (l.kind === "bullet" || (paragraphs && l.kind === "text" && l.gap));
  const count = (from: number, to: number) => lines.slice(from, to).filter(isItem).length;
  const items = heads.map((at, k) => count(at + 1, heads[k + 1] ?? lines.length));
  // "- Paper one" / "- Paper two" / "### In review" / "- Paper three": the items listed before the first sub-heading are a group too
  const before = heads.length ? count(0, heads[0]!) : 0;
  // a heading left empty at the section's end ("###other publications", to be filled) groups nothing, and spoils nothing
  const filled = items.filter((n, k) => n >= 1 || heads.slice(k + 1).length > 0 || lines.slice(heads[k]! + 1).some((l) => l.text.trim()));
  const grouping = items.length > 0 && filled.every((n) => n >= 1) && (before >= 2 || items.some((n) => n >= 2));
  return grouping ? new Set(heads.map((i) => lines[i]!)) : new Set();
}

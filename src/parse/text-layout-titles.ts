/** Titles a text sets by its layout rather than its words: behind an icon font's glyph, at a margin, wrapped in a narrow column. */
import { classifyTitle, isWholeTitle } from "./section-titles.js";
import type { TextHeading } from "./text-adornments.js";
import type { RawLine } from "./text-lines.js";
import { undecoratedTitle, isTitleShaped, nextContent, startsUpper } from "./text-title-shape.js";

/**
 * "Ô Skills", "£ Professional Experience", "e Projects": a LaTeX CV that sets an
 * icon before each section's title (\section{\faCogs\ Skills}) gives pdftotext a
 * font without Unicode, whose glyphs come out as whatever character their slot
 * holds, a letter as often as a sign. One such character before a known title
 * is that heading's icon where the document sets two titles or more so, each
 * behind a character of its own: a list's bullets ("• Research" / "• Teaching")
 * repeat theirs.
 */
export function findIconLedTitles(lines: readonly RawLine[]): Map<number, TextHeading> {
  const led = new Map<number, { lead: string; title: string }>();
  lines.forEach((l, i) => {
    // (a numbered or lettered list's "1." or "a)" is its own, not an icon)
    const lead = l.kind === "bullet" ? ICON_LEAD.exec(l.raw.trim())?.[1] : l.kind === "text" ? ICON_LEAD.exec(l.text)?.[1] : undefined;
    const title = l.kind === "bullet" ? l.text.trim() : l.text.replace(ICON_LEAD, "").trim();
    if (!lead || title === l.text.trim() && l.kind === "text") return;
    if (isTitleShaped(title) && startsUpper(title) && classifyTitle(undecoratedTitle(title)) !== undefined) led.set(i, { lead, title: undecoratedTitle(title) });
  });
  const leads = [...led.values()].map((c) => c.lead);
  const own = [...led].filter(([, c]) => leads.indexOf(c.lead) === leads.lastIndexOf(c.lead));
  return new Map(own.length >= 2 ? own.map(([i, c]) => [i, { title: c.title, depth: 1 }]) : []);
}

/** One character standing alone before the words of a line, not a digit (a list's "1 Skills" is numbered). */
const ICON_LEAD = /^([^\s\p{N}])\s+(?=\S)/u;

/**
 * "Experience" / "  Engineer, Acme (2019 - Present)" / "    Project Portfolio": where a text indents its entries under
 * headings at a shallower margin, a known title indented deeper still than the entry line above it labels a part of
 * that entry (its projects, its duties), not a section of the document. The entry line must itself sit deeper than a
 * heading, so that a title a PDF centred under lines at the margin keeps its place.
 */
export function nestsInEntry(lines: readonly RawLine[], i: number, known: ReadonlyMap<number, TextHeading>): boolean {
  const indent = lines[i]!.indent;
  if (indent === 0) return false;
  // "Experience" centred as the document's other titles are: their peer, set where they are, not under an entry
  if ([...known.keys()].some((h) => h !== i && Math.abs(lines[h]!.indent - indent) <= 2)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l.kind === "blank" || l.kind === "skip" || l.indent >= indent) continue;
    if (known.has(j) || l.kind !== "text" && l.kind !== "bullet") return false;
    return [...known.keys()].some((h) => h !== i && lines[h]!.indent < l.indent);
  }
  return false;
}

/**
 * "Experience" / "  Engineer, Acme …", "Open Source" / "  * Author of …": a text that sets its known titles at the
 * margin and everything under them indented sets its other titles so too, titles vitae does not know, in any case.
 * Two known titles or more with indented content under them show the layout; a short line at the margin with indented
 * content under it, after indented content of its own section, is then a heading.
 */
export function findMarginTitles(lines: readonly RawLine[], known: ReadonlyMap<number, TextHeading>): number[] {
  const next = (i: number) => lines[nextContent(lines, i) ?? -1];
  const headsIndented = (i: number) => lines[i]!.indent === 0 && (next(i)?.indent ?? 0) > 0;
  const knownAtMargin = [...known.keys()];
  if (knownAtMargin.length < 2 || !knownAtMargin.every(headsIndented)) return [];
  const first = Math.min(...knownAtMargin);
  return lines.flatMap((l, i) => {
    if (i <= first || known.has(i) || l.kind !== "text" || !headsIndented(i) || !isTitleShaped(l.text) || !startsUpper(l.text)) return [];
    const before = lines.slice(0, i).reverse().find((b) => b.kind !== "blank" && b.kind !== "skip");
    return before && before.indent > 0 ? [i] : [];
  });
}

/**
 * "Journal" / "Articles", "Conference" / "Papers": a title set in a narrow margin column (res.cls, a table's first
 * column) that pdftotext gives as two lines of a word or two each, the first no title alone, together a known one.
 */
export function wrappedMarginTitle(lines: readonly RawLine[], i: number): TextHeading | undefined {
  const [l, next] = [lines[i]!, lines[i + 1]];
  const short = (line: RawLine | undefined) => line?.kind === "text" && isTitleShaped(line.text) && startsUpper(undecoratedTitle(line.text)) && undecoratedTitle(line.text).split(/\s+/).length <= 2;
  if (!short(l) || !short(next) || classifyTitle(undecoratedTitle(l.text)) !== undefined) return undefined;
  const title = `${undecoratedTitle(l.text)} ${undecoratedTitle(next!.text)}`;
  // (a title the vocabulary holds whole: "Ubisoft" over "Stage", an employer over LinkedIn's terms, has a keyword only)
  return isWholeTitle(title) ? { title, depth: 1, wrapsOnto: i + 1 } : undefined;
}

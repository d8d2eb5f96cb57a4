import { classifyTitle } from "./section-titles.js";
import type { RawLine } from "./text-lines.js";

/** A heading found by its markup, with its level in the document's hierarchy (1 = the top). */
export interface TextHeading {
  title: string;
  depth: number;
  /** The index of the line a title wrapped onto, which the heading holds. */
  wrapsOnto?: number;
  /** A known title that labels a part of each entry ("Highlights" under every job), which heads no section. */
  entryLabel?: true;
}

interface Adorned {
  index: number;
  title: string;
  wrapsOnto?: number;
  /** The adornment's character, and whether it is also set over the title. */
  style: string;
}

/**
 * Finds headings underlined (setext, reStructuredText) or set between two
 * rules (reStructuredText's over-and-underline). Each adornment style is a
 * level, in order of first appearance, as reStructuredText defines it: an
 * employer underlined with "-----" holds its roles underlined with "~~~~".
 * A style used once at the top is the document's title; a second one used
 * once before the sections begin is its subtitle, which stays text. Styles
 * whose headings are all known section titles are one level, the sections':
 * "Awards" underlined with "---" after "Education" with "===" is not a part
 * of the education.
 */
export function findAdornedHeadings(lines: readonly RawLine[]): Map<number, TextHeading> {
  const found: Adorned[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== "rule") return;
    // a note in brackets between a title and its rule ("(details below)") is text of the section the title opens
    const noted = /^\(.*\)$/.test(lines[i - 1]?.text ?? "") && lines[i - 2]?.kind === "text" && startsBlock(lines, i - 2);
    const at = noted ? i - 2 : i - 1;
    const title = lines[at];
    if (!title || title.kind !== "text" || headsTable(lines, i) || isGridRow(title, l)) return;
    if (!startsBlock(lines, at)) {
      const wrapped = wrappedTitle(lines, at, l.text);
      if (wrapped) found.push({ index: at - 1, title: wrapped, style: l.text[0]!, wrapsOnto: at });
      return;
    }
    const over = noted ? undefined : lines[i - 2];
    const char = l.text[0]!;
    if (over?.kind === "rule" && over.text[0] === char) found.push({ index: i - 1, title: title.text, style: `${char}+` });
    else if (framedFrom(lines, i) === undefined && l.text.replace(/\s+/g, "").length >= Math.min(3, title.text.length)) found.push({ index: at, title: title.text, style: char });
  });
  const uses = new Map<string, number>();
  for (const a of found) uses.set(a.style, (uses.get(a.style) ?? 0) + 1);
  // the title and subtitle: single-use styles before the first section ("Experience" is never the document's title)
  const sectionsFrom = found.findIndex((a) => uses.get(a.style)! > 1 || classifyTitle(a.title) !== undefined);
  const titles = found.slice(0, sectionsFrom < 0 ? 1 : sectionsFrom);
  const rank = new Map<string, number>();
  const out = new Map<number, TextHeading>();
  if (titles.length) {
    rank.set(titles[0]!.style, 1);
    out.set(titles[0]!.index, { title: titles[0]!.title, depth: 1 });
  }
  const body = found.slice(titles.length);
  for (const a of body) if (!rank.has(a.style)) rank.set(a.style, rank.size + 1);
  const sectionStyles = [...rank.keys()].filter((style) => body.every((a) => a.style !== style || classifyTitle(a.title) !== undefined) && body.some((a) => a.style === style));
  const sectionDepth = Math.min(...sectionStyles.map((style) => rank.get(style)!));
  for (const style of sectionStyles) rank.set(style, sectionDepth);
  for (const a of body) out.set(a.index, { title: a.title, depth: rank.get(a.style)!, ...(a.wrapsOnto !== undefined && { wrapsOnto: a.wrapsOnto }) });
  return out;
}

/**
 * "Honours and" / "Awards" / "===========", "*Developer* at http://acme.example[Acme" / "Corp]" / "^^^^^^…": a title
 * wrapped onto a second line over its underline, which runs as long as the title's first line at least; undefined for
 * a paragraph's last line, which its rule does not underline, and for two lines between an overline and an underline
 * of one character, a banner set apart rather than a title that wrapped.
 */
function wrappedTitle(lines: readonly RawLine[], at: number, rule: string): string | undefined {
  const first = lines[at - 1];
  if (first?.kind !== "text" || !startsBlock(lines, at - 1) || lines[at]!.text.length >= first.text.length) return undefined;
  const over = lines[at - 2];
  if (over?.kind === "rule" && over.text[0] === rule[0]) return undefined;
  return rule.replace(/\s+/g, "").length >= first.raw.trimEnd().length ? `${first.text.trim()} ${lines[at]!.text.trim()}` : undefined;
}

/** A title stands first in its block: after a blank line, a rule, skipped lines or the start. */
function startsBlock(lines: readonly RawLine[], i: number): boolean {
  const before = lines[i - 1];
  return !before || before.kind === "blank" || before.kind === "rule" || before.kind === "skip";
}

/**
 * For a rule closing a banner (the same rule a few lines above, with the name
 * and contact lines between), the index of the opening rule: what the banner
 * frames is text, not a heading.
 */
function framedFrom(lines: readonly RawLine[], i: number): number | undefined {
  const rule = lines[i]!.text;
  for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
    const l = lines[j]!;
    // an opening rule stands alone; one under a line of text underlines it instead
    if (l.kind === "rule") return l.text === rule && lines[j - 1]?.kind !== "text" ? j : undefined;
  }
  return undefined;
}

/**
 * "| Langages | Python, Django |" over "+----------+----------------+": a row of a grid table (reStructuredText's, an ASCII
 * table's) between its borders, which the border under it closes and does not underline.
 */
function isGridRow(row: RawLine, rule: RawLine): boolean {
  return /^\|.*\|$/.test(row.raw.trim()) && /^\+.*\+$/.test(rule.raw.trim());
}

const COLUMNS = /\S(?:\t| {3,}|\s\|\s)\S/;

/** "Technology    Years" over a rule and rows of "Python  |  9": a table's header row, underlined, not a heading. */
function headsTable(lines: readonly RawLine[], rule: number): boolean {
  const rows = lines.slice(rule + 1, rule + 3);
  return COLUMNS.test(lines[rule - 1]!.raw.trim()) && rows.length === 2 && rows.every((r) => r.kind === "text" && /\s\|\s|\t/.test(r.raw));
}

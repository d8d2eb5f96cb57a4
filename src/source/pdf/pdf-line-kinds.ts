import { classifyTitle } from "../../parse/section-titles.js";
import type { PdfLine } from "./pdf-lines.js";
import { BULLET, parted, plainText, round } from "./pdf-line-text.js";

/** Of the body's size, how much larger a line must be set to be a heading. */
const HEADING_SCALE = 1.15;

/**
 * The sizes, larger first, that headings are set in: larger than the body,
 * and mostly one line at a time; a size set in paragraphs of several lines is
 * another body (a panel's text, in Canva).
 */
function findHeadingSizes(lines: readonly PdfLine[], body: number): number[] {
  const alone = new Map<number, [number, number]>();
  lines.forEach((l, i) => {
    const size = round(l.size);
    if (size < body * HEADING_SCALE) return;
    const [before, after] = [lines[i - 1], lines[i + 1]];
    const joined = (before && round(before.size) === size && !parted(before, l)) || (after && round(after.size) === size && !parted(l, after));
    const [single, all] = alone.get(size) ?? [0, 0];
    alone.set(size, [single + (joined ? 0 : 1), all + 1]);
  });
  return [...alone].filter(([size, [single, all]]) => single >= all * 0.5 || size >= body * 1.6).map(([size]) => size).sort((a, b) => b - a);
}

/**
 * Large text is a heading when it reads as a title: short, no bullet, no year, not a clause cut by a comma, not a
 * sentence ("For additional information, please visit jdoe.com." under the last section, set in the class's normal
 * size over a smaller body, as Awesome-CV sets its entries).
 */
function isHeadingText(plain: string, size: number, body: number): boolean {
  if (plain.includes("\t") || BULLET.test(plain) || /,$/.test(plain)) return false;
  if (size >= body * 1.6) return true;
  return plain.length <= 60 && !/\b(?:19|20)\d\d\b/.test(plain) && !(/[.!?]$/.test(plain) && plain.split(/\s+/).length >= 5);
}

/** The size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) for (const f of l.fragments) for (const r of f.runs) chars.set(round(r.size), (chars.get(round(r.size)) ?? 0) + r.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * A short line in bold or in capitals, or set a little larger than the body, that names a section ("EDUCATION",
 * "Work Experience"; sb2nov's `\large` small capitals over an 11pt body, less larger than a heading's size must be).
 */
function isTitleLine(line: PdfLine, plain: string, body: number): boolean {
  if (!isShortTitle(plain, line)) return false;
  const capitals = plain === plain.toUpperCase() && /\p{Lu}/u.test(plain);
  return (isBoldLine(line) || capitals || round(line.size) > body) && classifyTitle(plain) !== undefined;
}

/**
 * A section's title stands apart from the text above it, or right under a
 * larger heading; a known title's word tight under an entry's line is the
 * entry's ("LCC SJCE, Mysore" ⏎ "Volunteer").
 */
function standsApart(above: PdfLine | undefined, line: PdfLine): boolean {
  return !above || parted(above, line) || round(above.size) > round(line.size);
}

export type LineKind = "heading" | "bullet" | "text";

/** Sections whose headings group items beneath them ("Skills" over "Languages", "Tools"), so a known title under them is a group, not a section. */
const GROUPING_SECTIONS = new Set(["skills", "languages", "interests", "summary", "contact"]);

/**
 * What each line is as Markdown: a heading (with its depth), a list item or
 * text. Lines set larger than the body are headings, the larger the higher; so
 * is a short line in bold or capitals that names a known section. A heading
 * set smaller than the sections' headings but naming a section of its own
 * (a designer set it apart) takes the sections' depth, unless it opens a
 * grouping section's first group.
 */
export function classifyLines(lines: readonly PdfLine[]): { kind: LineKind; depth: number }[] {
  const body = bodySize(lines);
  const sizes = findHeadingSizes(lines, body);
  const kinds = lines.map((line, i) => {
    const plain = plainText(line);
    const size = round(line.size);
    const level = sizes.indexOf(size);
    const section = classifyTitle(plain.replace(/[:：]$/, ""));
    if (level >= 0 && isHeadingText(plain, size, body)) return { kind: "heading" as const, depth: Math.min(level + 1, 6), section };
    if (isTitleLine(line, plain, body) && standsApart(lines[i - 1], line)) return { kind: "heading" as const, depth: Math.min(sizes.length + 1, 6), section, titled: size > body };
    const bullet = BULLET.exec(plain);
    return { kind: bullet && plain.length > bullet[0].length ? ("bullet" as const) : ("text" as const), depth: 0, section: undefined };
  });
  headingsInTheirStyle(lines, kinds);
  const sectionDepth = mostCommon(kinds.filter((k) => k.kind === "heading" && k.section && k.depth > 1).map((k) => k.depth));
  let enclosing: string | undefined;
  return kinds.map((k, i) => {
    if (k.kind !== "heading" || sectionDepth === undefined) return { kind: k.kind, depth: k.depth };
    const promote = k.section && k.depth > sectionDepth && kinds[i - 1]?.kind !== "heading" && !GROUPING_SECTIONS.has(enclosing ?? "");
    const depth = promote ? sectionDepth : k.depth;
    if (depth <= sectionDepth) enclosing = k.section;
    return { kind: k.kind, depth };
  });
}

/**
 * Lines set like a title the sections know ("Programming Languages", bold and
 * a little larger than the body) and standing as short as it does, in the
 * same section, are its sibling headings ("UI", "Cloud", "Databases"), which
 * no list of section names holds.
 */
function headingsInTheirStyle(lines: readonly PdfLine[], kinds: { kind: LineKind; depth: number; titled?: boolean }[]): void {
  const style = (line: PdfLine) => `${round(line.size)}${isBoldLine(line) ? "b" : ""}`;
  kinds.forEach((k, i) => {
    if (!k.titled) return;
    const sibling = (j: number) => style(lines[j]!) === style(lines[i]!) && kinds[j]!.kind === "text" && isShortTitle(plainText(lines[j]!), lines[j]!);
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < lines.length && !(kinds[j]!.kind === "heading" && kinds[j]!.depth < k.depth); j += step) {
        if (sibling(j)) kinds[j] = { kind: "heading", depth: k.depth };
      }
    }
  });
}

function isBoldLine(line: PdfLine): boolean {
  return line.fragments.every((f) => f.runs.every((r) => r.bold));
}

/** One short piece of text that does not end as a clause or a label does. */
function isShortTitle(plain: string, line: PdfLine): boolean {
  return line.fragments.length === 1 && plain.length <= 40 && !/[.,;:]$/.test(plain) && !BULLET.test(plain);
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

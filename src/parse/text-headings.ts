import { classifyTitle } from "./section-titles.js";
import type { RawLine } from "./text-lines.js";

/**
 * Finds section headings in plain text. A document that frames its headings
 * between "|" lines or underlines them uses that style only; otherwise a known
 * section title alone on a line is a heading, in any case and with or without
 * a colon, and an unknown title in capitals is one when the document's known
 * headings are in capitals too. Known titles in lower case count when there are
 * two or more, each after a blank line with content under it (a web page's
 * "news", "publications"), but not as a run of titles, which is the page's menu.
 */
export function findTextHeadings(lines: readonly RawLine[]): Map<number, string> {
  const framed = new Map<number, string>();
  const underlined = new Map<number, string>();
  const known = new Map<number, string>();
  const caps = new Map<number, string>();
  const lower = new Map<number, string>();
  let knownInCaps = 0;
  lines.forEach((l, i) => {
    if (l.kind !== "text" || !isTitleShaped(l.text)) return;
    const title = cleanTitle(l.text);
    const before = neighbour(lines, i, -1);
    const after = neighbour(lines, i, 1);
    if (after?.kind === "bar" && (!before || before.kind === "bar")) framed.set(i, title);
    const next = lines[i + 1];
    if (next?.kind === "rule" && next.text.length >= Math.min(3, l.text.length) && /^[=\-~^]/.test(next.text)) underlined.set(i, title);
    if (classifyTitle(title) && startsUpper(title)) {
      known.set(i, title);
      if (isCaps(title)) knownInCaps++;
    } else if (classifyTitle(title) && (i === 0 || lines[i - 1]!.kind === "blank") && after && !isKnownTitle(after) && !isKnownTitle(before)) {
      // a site's lower-case headings ("news", "selected publications"), set off by a blank line; a run of them is its menu
      lower.set(i, title);
    } else if (isCaps(title) && letters(title) >= 4 && after && after.kind !== "blank") caps.set(i, title);
  });
  if (framed.size >= 2) return framed;
  if (underlined.size >= 2) return underlined;
  const found = new Map([...known, ...underlined, ...(lower.size >= 2 ? lower : [])]);
  if (knownInCaps > 0) for (const [i, t] of caps) found.set(i, t);
  return found;
}

function isKnownTitle(line: RawLine | undefined): boolean {
  return line?.kind === "text" && isTitleShaped(line.text) && classifyTitle(cleanTitle(line.text)) !== undefined;
}

/** The heading text without decoration: "== SKILLS ==", "Skills:" → "SKILLS", "Skills". */
function cleanTitle(text: string): string {
  return text.replace(/^[#=*\s]+|[#=*:：\s]+$/g, "").trim();
}

/** Short, no sentence punctuation, no date: something a heading could be. */
function isTitleShaped(text: string): boolean {
  const t = cleanTitle(text);
  if (!t || t.length > 60 || t.split(/\s+/).length > 7) return false;
  if (/[.!?;,]$/.test(t) || /\b(19|20)\d{2}\b/.test(t) || /@|https?:/.test(t)) return false;
  return /\p{L}/u.test(t);
}

function neighbour(lines: readonly RawLine[], i: number, step: 1 | -1): RawLine | undefined {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.kind !== "blank") return lines[j];
  return undefined;
}

const startsUpper = (t: string) => !/^\p{Ll}/u.test(t);
const letters = (t: string) => (t.match(/\p{L}/gu) ?? []).length;
const isCaps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

import type { TextHeading } from "./text-adornments.js";
import type { RawLine } from "./text-lines.js";

/**
 * Finds the tagged paragraphs of a text laid out as a man page, with section
 * titles at the margin and every body indented: a short line with a more
 * indented block under it ("Acme Corp (2019 - 2021)" over its roles) heads
 * that block, one level below the sections. Other documents indent for other
 * reasons (a centred name, a hanging "Label: value") and get none.
 */
export function findTaggedParagraphs(lines: readonly RawLine[], sections: ReadonlyMap<number, TextHeading>): Map<number, TextHeading> {
  const found = new Map<number, TextHeading>();
  if (!isManShaped(lines, sections)) return found;
  lines.forEach((l, i) => {
    if (l.kind !== "text" || l.indent === 0 || sections.has(i) || l.text.length > 80 || /[.:;,]$/.test(l.text)) return;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.kind === "blank" || lines[j]!.kind === "skip")) j++;
    const next = lines[j];
    const before = lines[i - 1];
    // a tag starts its block: after a blank line, a section title or another block's less indented end
    const starts = !before || before.kind === "blank" || sections.has(i - 1) || before.indent > l.indent;
    if (starts && next && next.indent > l.indent && (next.kind === "text" || next.kind === "bullet")) found.set(i, { title: l.text, depth: 2 });
  });
  return found;
}

function isManShaped(lines: readonly RawLine[], sections: ReadonlyMap<number, TextHeading>): boolean {
  const atMargin = [...sections.keys()].filter((i) => lines[i]!.indent === 0);
  if (atMargin.length < 3) return false;
  const body = lines.filter((l, i) => (l.kind === "text" || l.kind === "bullet") && !sections.has(i));
  return body.length > 0 && body.filter((l) => l.indent >= 3).length >= body.length * 0.9;
}

import { normalizeText, tidySpaces } from "./normalize.js";
import type { ParsedSource, SourceLine } from "./source-line.js";
import { findTextHeadings } from "./text-headings.js";
import { readRawLines, type RawLine } from "./text-lines.js";
import { continuesLine, joinFragments, measureWidth } from "./join-wrapped.js";

/** Parses a plain-text CV into logical lines: headings found, bullets marked, wrapped lines joined. */
export function parsePlainText(text: string): ParsedSource {
  const raw = readRawLines(normalizeText(text));
  const headings = findTextHeadings(raw);
  const ctx = { width: measureWidth(raw) };
  const out: SourceLine[] = [];
  let current: { line: SourceLine; last: RawLine; bullet: boolean } | undefined;
  let gap = true;
  raw.forEach((l, i) => {
    const title = headings.get(i);
    if (title !== undefined) {
      current = undefined;
      out.push(makeLine("heading", title, l, 1, true));
      gap = true;
      return;
    }
    if (l.kind === "blank" || l.kind === "bar" || l.kind === "rule") {
      current = undefined;
      gap = true;
      return;
    }
    if (current && continuesLine(current.last, current.bullet, l, ctx)) {
      current.line.text = joinFragments(current.line.text, tidySpaces(l.text));
      current.last = l;
      return;
    }
    const line = makeLine(l.kind === "bullet" ? "bullet" : "text", l.text, l, 0, gap);
    out.push(line);
    current = { line, last: l, bullet: l.kind === "bullet" };
    gap = false;
  });
  return { lines: out };
}

function makeLine(kind: SourceLine["kind"], text: string, l: RawLine, depth: number, gap: boolean): SourceLine {
  return { kind, text: tidySpaces(text), position: { line: l.line, column: l.column }, depth, links: [], gap };
}

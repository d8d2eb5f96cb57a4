/** How a line of skills may be set out other than as one list: side-by-side labelled lists, a column gap, a row of badges. */
import { tidySpaces } from "../parse/normalize.js";
import type { SourceLine } from "../parse/source-line.js";
import { LABELLED } from "../parse/join-wrapped.js";

/**
 * "Languages: Go, SQL⇥Technologies: AWS, Kafka": two labelled lists set side by side (sb2nov's résumé sets them
 * apart with `\hfill`), which a PDF's text keeps on one line; each is a line, and a group, of its own.
 */
export function labelledColumns(l: SourceLine): SourceLine[] {
  if (!l.text.includes("\t")) return [l];
  const parts = l.text.split(/\t+/);
  if (parts.length < 2 || !parts.every((p) => LABELLED.test(p))) return [l];
  let offset = 0;
  return parts.map((text) => {
    // where the part stands in the line, past however many tabs set it apart
    offset = l.text.indexOf(text, offset);
    const part = { kind: l.kind, text, position: { ...l.position, column: l.position.column + offset }, depth: l.depth, links: l.links.filter((k) => text.includes(k.text)), gap: l.gap };
    offset += text.length;
    return part;
  });
}

/**
 * "Languages  Go · Rust" in a code block: the two spaces that set a label
 * apart are a column, which the parser's tidied text no longer shows, so
 * the line as written is read again (only when it tidies to the same text).
 */
export function withColumnGap(l: SourceLine, sourceLines: readonly string[]): SourceLine {
  const raw = sourceLines[l.position.line - 1]?.trim();
  if (l.kind !== "text" || l.text.includes("\t") || !raw || tidySpaces(raw) !== l.text) return l;
  const m = /^(\S.{0,40}?)\s{2,}(\S.*)$/.exec(raw);
  if (!m || m[1]!.split(/\s+/).length > 4 || /[.!?,;]$/.test(m[1]!)) return l;
  return { ...l, text: `${m[1]}\t${tidySpaces(m[2]!)}` };
}

/**
 * "docker react python" from a row of badges, each an image in a link whose alt text names the skill, or
 * "`Kotlin` `Dart` `Flutter`" as profile READMEs set them: a line made only of links, or of code spans, side by side
 * lists their texts, which nothing else sets apart.
 */
export function linkedItems(line: SourceLine): string | undefined {
  return sideBySide(line.links.map((l) => l.text), line.text) ?? sideBySide(codeSpans(line), line.text);
}

/** The texts of a line's code spans, in order. */
export const codeSpans = (line: SourceLine) => (line.spans ?? []).filter((s) => s.code).map((s) => s.text);

/** The runs joined as a list when they are all the text holds, set apart by spaces or separators only. */
export function sideBySide(runs: readonly string[], text: string): string | undefined {
  const texts = runs.map((t) => t.trim()).filter(Boolean);
  if (texts.length < 2) return undefined;
  let rest = text;
  for (const t of texts) rest = rest.replace(t, " ");
  return /^[\s|·•,;/]*$/.test(rest) ? texts.join(", ") : undefined;
}

import type { Position } from "../diagnostics/diagnostic.js";
import type { ExplainedLine } from "./explanation.js";

/** A line of only a rule, a table's delimiter row, a Setext underline or an adornment. */
const RULE = /^\s*(?:([=\-_~*#^+`:'".])(?:\s*\1){2,}|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?)\s*$/;
/** A line of only HTML tags, or an HTML comment. */
const TAGS = /^\s*(?:<!--.*|.*-->|(?:<\/?[a-zA-Z][^>]*>\s*)+)$/;
/** Markup lines the parsers read and keep no words of: org-mode settings, reStructuredText directives, link definitions, fences. */
const DIRECTIVE = /^\s*(?:#\+\w+:|\.\. |\[[^\]]+\]:\s|```|~~~)/;

/**
 * Gives a role to the physical lines no logical line starts on: lines of the
 * front matter, blank lines, wrapped lines joined to the line above, markup
 * that holds no words of the CV, and what the parser left out (a PDF's page
 * numbers and running headers), each with the reason.
 */
export function explainUnread(lines: ExplainedLine[], frontMatter: { text: string; position: Position } | undefined, skipped?: ReadonlySet<number>): void {
  // the front matter's fences: the last one at or before where its text starts, and the next one after it
  const fence = (l: ExplainedLine | undefined) => l !== undefined && /^(?:---|\.\.\.|\+\+\+)\s*$/.test(l.text);
  const start = frontMatter ? frontMatter.position.line : 0;
  const fmFrom = frontMatter ? Math.max(1, ...lines.filter((l) => l.line <= start && fence(l)).map((l) => l.line)) : 0;
  const fmTo = frontMatter ? (lines.find((l) => l.line > Math.max(fmFrom, start - 1) && fence(l) && l.line > fmFrom)?.line ?? fmFrom) : -1;
  let above: ExplainedLine | undefined;
  for (const line of lines) {
    if (line.role !== "blank" && !(line.line >= fmFrom && line.line <= fmTo)) {
      above = line;
      continue;
    }
    if (line.line >= fmFrom && line.line <= fmTo) Object.assign(line, { role: "front-matter", label: "front matter (wins over the text)" });
    else if (!line.text.trim()) {
      // in plain text, a sentence cut by a page break goes on past the blank lines and the page's furniture
      if (!skipped) above = undefined;
    } else if (skipped?.has(line.line)) Object.assign(line, { role: "dropped", label: "dropped: not CV text (a page number, a running header or a directive)" });
    else if (RULE.test(line.text) || TAGS.test(line.text) || DIRECTIVE.test(line.text)) Object.assign(line, { role: "markup", label: "markup: holds no words of the CV" });
    else if (above && !["markup", "dropped", "front-matter"].includes(above.role)) {
      Object.assign(line, { role: "continued", label: `${above.label.replace(/ \(continued\)$/, "")} (continued)`, paths: above.paths });
      continue;
    } else Object.assign(line, { role: "markup", label: "markup: holds no words of the CV" });
    if (line.text.trim() && (line.role as string) !== "dropped") above = line;
  }
}

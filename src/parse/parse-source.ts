import type { SourceFile } from "../source/source-file.js";
import { diagnose } from "../diagnostics/diagnostic.js";
import { findTooDeepNesting, MAX_NESTING } from "./nesting-depth.js";
import { parsePlainText } from "./plain-text.js";
import type { ParsedSource } from "./source-line.js";

/**
 * A source's logical lines, read by the parser its format calls for. The
 * Markdown parser (unified, remark, micromark and the inline-HTML sanitizer,
 * whose HTML parser loads only for raw HTML) is loaded only for Markdown:
 * loading it was a tenth of building a plain-text CV to HTML.
 */
export async function parseSource(file: SourceFile): Promise<ParsedSource> {
  if (file.format !== "markdown") return parsePlainText(file.text, file.path);
  const tooDeep = findTooDeepNesting(file.text);
  if (tooDeep) {
    const read = parsePlainText(file.text, file.path);
    const message = `quotes or lists nest about ${tooDeep.depth} levels deep here, more than the ${MAX_NESTING} vitae reads as Markdown; the file was read as plain text, its text kept but not its Markdown structure; write this part with fewer levels`;
    return { ...read, diagnostics: [diagnose(file.path, "warning", "markdown-too-deep", message, { line: tooDeep.line, column: 1 }), ...(read.diagnostics ?? [])] };
  }
  const { parseMarkdownLines } = await import("./markdown-lines.js");
  return parseMarkdownLines(file.text, file.path);
}

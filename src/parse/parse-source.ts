import type { SourceFile } from "../source/source-file.js";
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
  const { parseMarkdownLines } = await import("./markdown-lines.js");
  return parseMarkdownLines(file.text, file.path);
}

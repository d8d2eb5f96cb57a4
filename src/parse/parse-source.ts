import type { SourceFile } from "../source/source-file.js";
import { diagnose, type Position } from "../diagnostics/diagnostic.js";
import { prepareHtmlPage } from "./html-page.js";
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
  if (tooDeep) return asPlainText(file, `quotes or lists nest about ${tooDeep.depth} levels deep here, more than the ${MAX_NESTING} vitae reads as Markdown`, { line: tooDeep.line, column: 1 });
  const { parseMarkdownLines } = await import("./markdown-lines.js");
  const page = /\.html?$/i.test(file.path) ? prepareHtmlPage(file.text, file.path) : { text: file.text, diagnostics: [] };
  try {
    const read = await parseMarkdownLines(page.text, file.path);
    return page.diagnostics.length ? { ...read, diagnostics: [...page.diagnostics, ...(read.diagnostics ?? [])] } : read;
  } catch (e) {
    // emphasis nested thousands deep ("***…x…***"), which no line's start shows, overflows the syntax tree's walkers
    // (remark's own among them) wherever it sits; the text is still all there to read
    if (!(e instanceof RangeError)) throw e;
    return asPlainText(file, "quotes, lists or emphasis nest too deeply somewhere in this file to read it as Markdown");
  }
}

/** The source read as plain text, every word kept, with a warning that says why its Markdown was not read. */
function asPlainText(file: SourceFile, why: string, position?: Position): ParsedSource {
  const read = parsePlainText(file.text, file.path);
  const message = `${why}; the file was read as plain text, its text kept but not its Markdown structure; write it with fewer levels`;
  return { ...read, diagnostics: [diagnose(file.path, "warning", "markdown-too-deep", message, position), ...(read.diagnostics ?? [])] };
}

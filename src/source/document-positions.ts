import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFile } from "./source-file.js";

/**
 * Diagnostics about a source vitae read out of a PDF point at the text vitae
 * wrote of it, which the user never sees: they are moved to the page and line
 * of the PDF that text came from.
 */
export function placeInDocument(source: SourceFile, diagnostics: Diagnostic[]): Diagnostic[] {
  const map = source.pageLines;
  if (!map) return diagnostics;
  return diagnostics.map((d) => {
    const at = d.file === source.path && d.position ? map[d.position.line - 1] : undefined;
    return at ? { ...d, position: { line: at.line, column: 1, page: at.page } } : d;
  });
}

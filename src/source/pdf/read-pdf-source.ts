import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../../diagnostics/result.js";
import type { SourceFile } from "../source-file.js";
import { readPdfLines } from "./pdf-lines.js";
import { writePdfMarkdown } from "./pdf-markdown.js";
import { readPdf, UnreadablePdfError } from "./read-pdf-runs.js";

/** The name vitae gives the résumé it embeds in every PDF it builds (src/pdf/print-resume.ts). */
const EMBEDDED_RESUME = "resume.json";

/**
 * A PDF as a source: the résumé vitae embedded in it when vitae built it (read
 * back exactly, as JSON), else its text with its layout, written as Markdown
 * for the Markdown parser, with a map from each Markdown line to the page and
 * line it came from. A PDF with no text, an encrypted and a damaged one are refused.
 */
export async function readPdfSource(path: string, bytes: Uint8Array): Promise<Result<SourceFile>> {
  const refuse = (ruleId: string, message: string) => fail<SourceFile>([{ file: path, severity: "error", ruleId, message } satisfies Diagnostic]);
  // pdf.js would rebuild what it could of a file cut short, and vitae would read a CV with its end missing
  if (!new TextDecoder("latin1").decode(bytes.subarray(-2048)).includes("%%EOF")) {
    return refuse("pdf-truncated", "the PDF is cut short (it has no end-of-file marker): the download or copy stopped early; get the whole file again");
  }
  let content;
  try {
    content = await readPdf(bytes, EMBEDDED_RESUME);
  } catch (e) {
    if (e instanceof UnreadablePdfError) return refuse(e.ruleId, e.message);
    throw e;
  }
  if (content.embedded) {
    const text = new TextDecoder().decode(content.embedded);
    return succeed({ path, text, format: "json", formatReason: `a PDF built by vitae: the résumé embedded in it (${EMBEDDED_RESUME})` });
  }
  const lines = readPdfLines(content.pages);
  const words = lines.reduce((n, l) => n + l.fragments.reduce((m, f) => m + f.runs.reduce((k, r) => k + r.text.trim().length, 0), 0), 0);
  if (words < 20) {
    return refuse("pdf-no-text", "the PDF has no text to read, only images (a scan?); run it through OCR first (e.g. `ocrmypdf cv.pdf cv-text.pdf`) or export it again from the program that made it");
  }
  const { markdown, lineMap } = writePdfMarkdown(lines);
  const pages = content.pages.length;
  return succeed({ path, text: markdown, format: "markdown", formatReason: `a PDF: the text of its ${pages} page${pages === 1 ? "" : "s"} read with its layout`, pageLines: lineMap });
}

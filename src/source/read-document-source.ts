import { extname } from "node:path";
import type { Result } from "../diagnostics/result.js";
import type { SourceFile } from "./source-file.js";

/** A kind of document whose text vitae reads out of it, rather than a text file. */
export type DocumentKind = "pdf" | "docx";

const PDF_MAGIC = "%PDF-";

/**
 * A PDF by its extension or by the header it starts with, whatever its name
 * (not by a header further in, as readers may allow: a text CV may quote
 * one); a Word document by its extension (its bytes are a zip like many others).
 */
export function documentKind(path: string, bytes: Uint8Array): DocumentKind | undefined {
  if (extname(path).toLowerCase() === ".pdf") return "pdf";
  if (new TextDecoder("latin1").decode(bytes.subarray(0, PDF_MAGIC.length)) === PDF_MAGIC) return "pdf";
  if (extname(path).toLowerCase() === ".docx") return "docx";
  return undefined;
}

/** Reads a PDF or Word document as a source; each reader, and the library behind it, is loaded only for its kind. */
export async function readDocumentSource(path: string, bytes: Uint8Array, kind: DocumentKind): Promise<Result<SourceFile>> {
  if (kind === "pdf") {
    const { readPdfSource } = await import("./pdf/read-pdf-source.js");
    return readPdfSource(path, bytes);
  }
  const { readDocxSource } = await import("./docx/read-docx-source.js");
  return readDocxSource(path, bytes);
}

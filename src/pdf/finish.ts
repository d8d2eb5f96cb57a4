import { createHash } from "node:crypto";
import { PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";

export interface PdfMetadata {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47 language of the document. */
  lang?: string;
  /** The date written into the PDF; fixed so that builds are reproducible. */
  date: Date;
  creator: string;
  /** A digest of everything that shaped the document (its HTML and options); becomes the PDF's /ID. */
  fingerprint: string;
}

/**
 * Finishes a printed PDF: sets its metadata and language, replaces the
 * volatile dates, and derives the document ID from the content, so the same
 * input always gives the same bytes.
 */
export async function finishPdf(bytes: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (pdf-lib, Chromium)`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  if (meta.lang) doc.catalog.set(PDFName.of("Lang"), PDFString.of(meta.lang));
  // Chromium's own bytes carry the print time, so the ID comes from the inputs instead
  const digest = createHash("sha256").update(JSON.stringify({ ...meta, date: meta.date.toISOString() })).digest("hex").slice(0, 32);
  const id = PDFHexString.of(digest);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}

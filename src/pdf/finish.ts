import { createHash } from "node:crypto";
import { AFRelationship, ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";

/** A file carried inside the PDF, such as the résumé's JSON or its source. */
export interface Attachment {
  name: string;
  bytes: Uint8Array;
  mimeType: string;
  description: string;
}

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
  /** A digest of everything that shaped the document (its HTML and options); part of the PDF's /ID. */
  fingerprint: string;
  attachments?: Attachment[];
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

/**
 * Finishes a printed PDF: sets its metadata and language, attaches files,
 * replaces the volatile dates, and derives the document ID from the inputs,
 * so the same input always gives the same bytes.
 */
export async function finishPdf(printed: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  // pdf-lib yields to the event loop every hundred objects by default; a résumé is small enough to do in one go
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(`${meta.creator} (pdf-lib, Chromium)`);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  if (meta.lang) doc.catalog.set(PDFName.of("Lang"), PDFString.of(meta.lang));
  for (const file of meta.attachments ?? []) {
    // pdf-lib stamps nothing itself, but a missing date would let a viewer show "now"
    await doc.attach(file.bytes, file.name, {
      mimeType: file.mimeType,
      description: file.description,
      creationDate: meta.date,
      modificationDate: meta.date,
      afRelationship: AFRelationship.Source,
    });
  }
  // Chromium's own bytes carry the print time, so the ID comes from the inputs instead
  const digest = createHash("sha256").update(JSON.stringify({ ...meta, date: meta.date.toISOString(), attachments: undefined }));
  for (const file of meta.attachments ?? []) digest.update(file.name).update(file.bytes);
  const id = PDFHexString.of(digest.digest("hex").slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pageCount: doc.getPageCount() };
}

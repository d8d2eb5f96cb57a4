import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { AFRelationship, ParseSpeeds, PDFContext, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from "pdf-lib";
import { openForAppending } from "./pdf-update.js";

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
 * so the same input always gives the same bytes. Chromium's own layout is
 * amended by an incremental update; any other PDF is rewritten whole.
 */
export async function finishPdf(printed: Uint8Array, meta: PdfMetadata): Promise<FinishedPdf> {
  const id = documentId(meta);
  const appendable = openForAppending(printed, meta.date);
  if (appendable) {
    const { context, catalog, catalogRef } = appendable;
    const info = context.register(addFinishing(context, catalog, meta));
    const changed: [PDFRef, PDFObject][] = [[catalogRef, catalog], ...context.enumerateIndirectObjects()];
    return { bytes: appendable.append(changed, info, context.obj([id, id])), pageCount: appendable.pageCount };
  }
  // pdf-lib yields to the event loop every hundred objects by default; a résumé is small enough to do in one go
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const info = addFinishing(doc.context, doc.catalog, meta);
  // the printed Info dictionary is replaced, not left behind with its print time
  if (doc.context.trailerInfo.Info instanceof PDFRef) doc.context.assign(doc.context.trailerInfo.Info, info);
  else doc.context.trailerInfo.Info = doc.context.register(info);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return { bytes: await doc.save({ useObjectStreams: false, objectsPerTick: Infinity }), pageCount: doc.getPageCount() };
}

/**
 * Makes the finished document's attachments in `context` and amends `catalog`
 * to show them; returns the Info dictionary for the caller to place.
 */
function addFinishing(context: PDFContext, catalog: PDFDict, meta: PdfMetadata): PDFDict {
  const text = (value: string | undefined) => (value ? PDFHexString.fromText(value) : undefined);
  const date = PDFString.fromDate(meta.date);
  const info = context.obj({
    Title: text(meta.title),
    Author: text(meta.author),
    Subject: text(meta.subject),
    Keywords: text(meta.keywords?.join(" ")),
    Creator: text(meta.creator),
    Producer: text(`${meta.creator} (pdf-lib, Chromium)`),
    CreationDate: date,
    ModDate: date,
  });
  const preferences = catalog.lookupMaybe(PDFName.of("ViewerPreferences"), PDFDict) ?? context.obj({});
  preferences.set(PDFName.of("DisplayDocTitle"), context.obj(true));
  catalog.set(PDFName.of("ViewerPreferences"), preferences);
  if (meta.lang) catalog.set(PDFName.of("Lang"), PDFString.of(meta.lang));

  // a name tree's keys are sorted, so that a reader looking one up by name finds it
  const attachments = [...(meta.attachments ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (attachments.length) {
    const specs = attachments.map((file) => ({ name: file.name, ref: context.register(fileSpec(context, file, date)) }));
    const names = catalog.lookupMaybe(PDFName.of("Names"), PDFDict) ?? context.obj({});
    names.set(PDFName.of("EmbeddedFiles"), context.obj({ Names: specs.flatMap((s) => [PDFHexString.fromText(s.name), s.ref]) }));
    catalog.set(PDFName.of("Names"), names);
    catalog.set(PDFName.of("AF"), context.obj(specs.map((s) => s.ref)));
  }
  return info;
}

/** A file specification with its embedded file, as pdf-lib's own `attach` makes them, but compressed by Node's zlib. */
function fileSpec(context: PDFContext, file: Attachment, date: PDFString): PDFDict {
  const stream = context.stream(deflateSync(file.bytes), {
    Type: "EmbeddedFile",
    Subtype: file.mimeType,
    Filter: "FlateDecode",
    // a missing date would let a viewer show "now"
    Params: { Size: file.bytes.length, CreationDate: date, ModDate: date },
  });
  return context.obj({
    Type: "Filespec",
    F: PDFString.of(file.name),
    UF: PDFHexString.fromText(file.name),
    EF: { F: context.register(stream) },
    Desc: PDFHexString.fromText(file.description),
    AFRelationship: AFRelationship.Source,
  });
}

/** Chromium's own bytes carry the print time, so the ID comes from the inputs instead. */
function documentId(meta: PdfMetadata): PDFHexString {
  const digest = createHash("sha256").update(JSON.stringify({ ...meta, date: meta.date.toISOString(), attachments: undefined }));
  for (const file of meta.attachments ?? []) digest.update(file.name).update(file.bytes);
  return PDFHexString.of(digest.digest("hex").slice(0, 32));
}

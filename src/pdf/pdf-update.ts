import { PDFContext, PDFCrossRefSection, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, PDFString, PDFTrailer, PDFTrailerDict, type PDFObject } from "pdf-lib";

/**
 * A PDF as Chromium prints it (one classic cross-reference table, no
 * encryption), opened to be amended by an incremental update: the update's
 * objects are appended after the printed bytes, which are never parsed whole
 * or rewritten. Loading and saving every object with pdf-lib cost a batch more
 * CPU than anything else vitae does beside Chromium.
 */
export interface AppendablePdf {
  /** Where the update's objects are made; new ones are numbered after the file's own. */
  context: PDFContext;
  catalogRef: PDFRef;
  /** The document catalog as printed, to be amended and written again under the same number. */
  catalog: PDFDict;
  pageCount: number;
  /** Writes the update: `changed` objects (new or replacing the file's own), with a trailer pointing at `info` and carrying `id`. */
  append(changed: [PDFRef, PDFObject][], info: PDFRef, id: PDFObject): Uint8Array;
}

/** The catalog entries finishing adds to. */
const AMENDED = ["Names", "ViewerPreferences"].map((key) => PDFName.of(key));

/** "12 0 obj", where an indirect object begins. */
const OBJECT_HEAD = /^(\d+)\s+(\d+)\s+obj\s*/;

const latin1 = (bytes: Uint8Array, start: number, end: number) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1", start, end);

/** Random access to the objects of a PDF laid out as Chromium prints it, by their entries in its one cross-reference table. */
export interface PrintedPdf {
  trailer: PDFDict;
  /** The table's size: one more than the largest object number. */
  size: number;
  /** Where the cross-reference table starts. */
  xrefOffset: number;
  /** Where an indirect object's body starts, if the table has it where it says. */
  offsetOf(ref: PDFRef): number | undefined;
  /** The object at `offset`, parsed into `context`. */
  parseAt(offset: number): PDFObject;
  /** The object a reference points at; a direct object is returned as it is. */
  resolve(object: PDFObject | undefined): PDFObject | undefined;
  context: PDFContext;
}

/**
 * Reads the trailer and cross-reference table of `printed` without parsing the rest; undefined when the file
 * is laid out otherwise (a cross-reference stream, an earlier update, encryption).
 */
export function readPrintedPdf(printed: Uint8Array): PrintedPdf | undefined {
  const tail = latin1(printed, Math.max(0, printed.length - 64), printed.length);
  const startXref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startXref) return undefined;
  const xrefOffset = Number(startXref[1]);
  const table = /^xref\r?\n0 (\d+)\r?\n/.exec(latin1(printed, xrefOffset, xrefOffset + 32));
  if (!table) return undefined;
  const size = Number(table[1]);
  const entries = xrefOffset + table[0].length;
  const trailerKeyword = /^\s*trailer/.exec(latin1(printed, entries + 20 * size, entries + 20 * size + 16));
  if (!trailerKeyword) return undefined;
  const trailerAt = entries + 20 * size + trailerKeyword[0].length;

  const context = PDFContext.create();
  const parseAt = (offset: number) => PDFObjectParser.forBytes(printed.subarray(offset), context).parseObject();
  const trailer = parseAt(trailerAt);
  if (!(trailer instanceof PDFDict) || trailer.has(PDFName.of("Prev")) || trailer.has(PDFName.of("Encrypt")) || trailer.has(PDFName.of("XRefStm"))) return undefined;
  const offsetOf = (ref: PDFRef): number | undefined => {
    if (ref.objectNumber >= size) return undefined;
    const entry = /^(\d{10}) (\d{5}) n/.exec(latin1(printed, entries + 20 * ref.objectNumber, entries + 20 * ref.objectNumber + 18));
    if (!entry || Number(entry[2]) !== ref.generationNumber) return undefined;
    const offset = Number(entry[1]);
    const head = OBJECT_HEAD.exec(latin1(printed, offset, offset + 32));
    return head && Number(head[1]) === ref.objectNumber && Number(head[2]) === ref.generationNumber ? offset + head[0].length : undefined;
  };
  const resolve = (object: PDFObject | undefined): PDFObject | undefined => {
    if (!(object instanceof PDFRef)) return object;
    const offset = offsetOf(object);
    return offset === undefined ? undefined : parseAt(offset);
  };
  return { trailer, size, xrefOffset, offsetOf, parseAt, resolve, context };
}

/**
 * Opens `bytes` for appending, with the print time in its old Info dictionary
 * replaced by `date` so that the same input gives the same bytes; undefined
 * when the file is laid out otherwise (a cross-reference stream, an earlier
 * update, encryption), and the caller must rewrite it instead.
 */
export function openForAppending(printed: Uint8Array, date: Date): AppendablePdf | undefined {
  const pdf = readPrintedPdf(printed);
  if (!pdf) return undefined;
  const { trailer, size, xrefOffset, offsetOf, parseAt: parse, context } = pdf;
  const dictAt = (ref: unknown): PDFDict | undefined => {
    const object = ref instanceof PDFRef ? pdf.resolve(ref) : undefined;
    return object instanceof PDFDict ? object : undefined;
  };

  const catalogRef = trailer.get(PDFName.of("Root"));
  const catalog = dictAt(catalogRef);
  const pageCount = dictAt(catalog?.get(PDFName.of("Pages")))?.get(PDFName.of("Count"));
  if (!(catalogRef instanceof PDFRef) || !catalog || !(pageCount instanceof PDFNumber)) return undefined;
  // the catalog entries the update amends must be written in it, not elsewhere, or the amendment would replace them
  if (AMENDED.some((key) => catalog.get(key) instanceof PDFRef) || catalog.has(PDFName.of("AF"))) return undefined;
  const bytes = printed.slice();
  const oldInfo = trailer.get(PDFName.of("Info"));
  if (oldInfo instanceof PDFRef) {
    const offset = offsetOf(oldInfo);
    const info = offset === undefined ? undefined : parse(offset);
    if (offset === undefined || !(info instanceof PDFDict) || !restampDates(bytes, offset, info, date)) return undefined;
  }
  context.largestObjectNumber = size - 1;

  return {
    context,
    catalogRef,
    catalog,
    pageCount: pageCount.asNumber(),
    append(changed, info, id) {
      const objects = [...changed].sort(([a], [b]) => a.objectNumber - b.objectNumber);
      const xref = PDFCrossRefSection.createEmpty();
      const pieces: (string | PDFObject | PDFCrossRefSection | PDFTrailerDict | PDFTrailer)[] = [bytes[bytes.length - 1] === 0x0a ? "" : "\n"];
      let offset = bytes.length + sizeOf(pieces[0]!);
      for (const [ref, object] of objects) {
        xref.addEntry(ref, offset);
        const piece = [`${ref.objectNumber} ${ref.generationNumber} obj\n`, object, "\nendobj\n\n"];
        pieces.push(...piece);
        offset += piece.reduce((sum: number, p) => sum + sizeOf(p), 0);
      }
      const trailerDict = context.obj({ Size: context.largestObjectNumber + 1, Root: catalogRef, Info: info, ID: id, Prev: xrefOffset });
      const tail = [xref, "\n", PDFTrailerDict.of(trailerDict), "\n\n", PDFTrailer.forLastCrossRefSectionOffset(offset)];
      pieces.push(...tail);
      // `offset` is where the cross-reference section starts: everything before it is sized already
      const out = Buffer.alloc(tail.reduce((sum: number, p) => sum + sizeOf(p), offset));
      out.set(bytes);
      let at = bytes.length;
      for (const piece of pieces) at += typeof piece === "string" ? out.write(piece, at) : piece.copyBytesInto(out, at);
      return out;
    },
  };
}

function sizeOf(piece: string | { sizeInBytes(): number }): number {
  return typeof piece === "string" ? piece.length : piece.sizeInBytes();
}

/**
 * Writes `date` over the creation and modification dates of the Info
 * dictionary `info` at `offset`, keeping each date's length so that no offset
 * in the file moves: Chromium stamps the print time there, and a rebuild must
 * give the same bytes. False when a date cannot be found where it is written,
 * or is written in a form whose length cannot be kept.
 */
function restampDates(bytes: Uint8Array, offset: number, info: PDFDict, date: Date): boolean {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamp = date.toISOString().replace(/\D/g, "").slice(0, 14);
  for (const key of ["CreationDate", "ModDate"]) {
    const value = info.get(PDFName.of(key));
    if (value === undefined) continue;
    if (!(value instanceof PDFString)) return false;
    const zone = /^D:\d{14}(Z|[+-]\d\d'\d\d'?)$/.exec(value.asString())?.[1];
    if (zone === undefined) return false;
    // the key and its string exactly as written; a title cannot contain them, since its parentheses are escaped
    const written = `/${key} (${value.asString()})`;
    const at = file.indexOf(written, offset, "latin1");
    if (at < 0) return false;
    const restamped = `D:${stamp}${zone === "Z" ? "Z" : `+00'00${zone.endsWith("'") ? "'" : ""}`}`;
    file.write(restamped, at + written.length - 1 - restamped.length, "latin1");
  }
  return true;
}

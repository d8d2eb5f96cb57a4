import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";

/** A file embedded in a PDF. */
export interface EmbeddedFile {
  name: string;
  mimeType?: string;
  description?: string;
  bytes: Uint8Array;
}

/** The files embedded in a PDF (its /EmbeddedFiles name tree), in the tree's order. */
export function readAttachments(doc: PDFDocument): EmbeddedFile[] {
  const names = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  return tree ? walkNameTree(tree) : [];
}

function walkNameTree(node: PDFDict): EmbeddedFile[] {
  const files: EmbeddedFile[] = [];
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) files.push(...walkNameTree(kids.lookup(i, PDFDict)));
  const pairs = node.lookupMaybe(PDFName.of("Names"), PDFArray);
  for (let i = 1; pairs && i < pairs.size(); i += 2) {
    const spec = pairs.lookup(i);
    if (spec instanceof PDFDict) {
      const file = readFileSpec(spec);
      if (file) files.push(file);
    }
  }
  return files;
}

function readFileSpec(spec: PDFDict): EmbeddedFile | undefined {
  const stream = spec.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookup(PDFName.of("F"));
  if (!(stream instanceof PDFRawStream)) return undefined;
  const name = text(spec.lookup(PDFName.of("UF"))) ?? text(spec.lookup(PDFName.of("F"))) ?? "attachment";
  const subtype = stream.dict.lookup(PDFName.of("Subtype"));
  return {
    name,
    // a MIME type is stored as a PDF name, with "/" written #2F
    mimeType: subtype instanceof PDFName ? subtype.decodeText() : undefined,
    description: text(spec.lookup(PDFName.of("Desc"))),
    bytes: decodePDFRawStream(stream).decode(),
  };
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

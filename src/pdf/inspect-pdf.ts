import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";
import { readAttachments } from "./read-attachments.js";

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** What `vitae inspect` reports about a PDF. */
export interface PdfReport {
  pages: number;
  /** Size of each distinct page format, in points, with its common name when it has one. */
  pageSizes: { width: number; height: number; name?: string }[];
  metadata: Record<string, string | undefined>;
  tagged: boolean;
  outline: string[];
  fonts: PdfFont[];
  attachments: { name: string; size: number; mimeType?: string }[];
  links: string[];
}

const NAMED_SIZES = [
  { name: "A4", width: 595.28, height: 841.89 },
  { name: "Letter", width: 612, height: 792 },
];

/** Reads a PDF's pages, sizes, metadata, outline, fonts (and whether each is embedded), attachments and links. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfReport> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPages();
  const sizes = new Map<string, PdfReport["pageSizes"][number]>();
  for (const page of pages) {
    const { width, height } = page.getSize();
    const name = NAMED_SIZES.find((s) => Math.abs(s.width - width) < 2 && Math.abs(s.height - height) < 2)?.name;
    sizes.set(`${Math.round(width)}x${Math.round(height)}`, { width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100, name });
  }
  const markInfo = doc.catalog.lookupMaybe(PDFName.of("MarkInfo"), PDFDict);
  return {
    pages: pages.length,
    pageSizes: [...sizes.values()],
    metadata: {
      title: doc.getTitle(),
      author: doc.getAuthor(),
      subject: doc.getSubject(),
      keywords: doc.getKeywords(),
      creator: doc.getCreator(),
      producer: doc.getProducer(),
      creationDate: doc.getCreationDate()?.toISOString(),
      modificationDate: doc.getModificationDate()?.toISOString(),
      lang: text(doc.catalog.lookup(PDFName.of("Lang"))),
    },
    tagged: markInfo?.lookup(PDFName.of("Marked"))?.toString() === "true",
    outline: readOutline(doc),
    fonts: readFonts(doc),
    attachments: readAttachments(doc).map((a) => ({ name: a.name, size: a.bytes.length, mimeType: a.mimeType })),
    links: readLinks(doc),
  };
}

/** Outline titles, depth-first, indented two spaces per level. */
function readOutline(doc: PDFDocument): string[] {
  const titles: string[] = [];
  const visit = (item: PDFDict | undefined, depth: number) => {
    for (let node = item, guard = 0; node && guard < 10_000; node = node.lookupMaybe(PDFName.of("Next"), PDFDict), guard++) {
      titles.push("  ".repeat(depth) + (text(node.lookup(PDFName.of("Title"))) ?? ""));
      visit(node.lookupMaybe(PDFName.of("First"), PDFDict), depth + 1);
    }
  };
  visit(doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.lookupMaybe(PDFName.of("First"), PDFDict), 0);
  return titles;
}

function readFonts(doc: PDFDocument): PdfFont[] {
  const fonts = new Map<string, PdfFont>();
  for (const page of doc.getPages()) {
    const resources = page.node.Resources();
    const dict = resources?.lookupMaybe(PDFName.of("Font"), PDFDict);
    for (const [, value] of dict?.entries() ?? []) {
      const font = value instanceof PDFRef ? doc.context.lookup(value, PDFDict) : (value as PDFDict);
      const key = value instanceof PDFRef ? value.toString() : String(fonts.size);
      if (!fonts.has(key)) fonts.set(key, describeFont(font));
    }
  }
  return [...fonts.values()];
}

function describeFont(font: PDFDict): PdfFont {
  const type = font.lookupMaybe(PDFName.of("Subtype"), PDFName)?.decodeText() ?? "unknown";
  const name = font.lookupMaybe(PDFName.of("BaseFont"), PDFName)?.decodeText() ?? "(unnamed)";
  // a composite font keeps its descriptor on its descendant; a Type 3 font is drawn by the PDF itself
  const descendant = font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray)?.lookup(0, PDFDict);
  const descriptor = (descendant ?? font).lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
  const embedded = type === "Type3" || ["FontFile", "FontFile2", "FontFile3"].some((k) => descriptor?.has(PDFName.of(k)));
  return { name, type, embedded };
}

function readLinks(doc: PDFDocument): string[] {
  const links: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    for (let i = 0; annots && i < annots.size(); i++) {
      const annot = annots.lookup(i, PDFDict);
      if (annot.lookupMaybe(PDFName.of("Subtype"), PDFName)?.decodeText() !== "Link") continue;
      const uri = text(annot.lookupMaybe(PDFName.of("A"), PDFDict)?.lookup(PDFName.of("URI")));
      if (uri && !links.includes(uri)) links.push(uri);
    }
  }
  return links;
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

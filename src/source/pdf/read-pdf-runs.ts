import { loadPdfjs } from "./load-pdfjs.js";
import { splitRunsAtLinks } from "./split-at-links.js";

/** A run of text set in one font on one baseline; coordinates in points from the page's top left. */
export interface TextRun {
  text: string;
  x: number;
  /** The baseline, measured down from the top of the page. */
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

/** A link annotation over some text: where it is clickable and where it goes. */
export interface PdfLink {
  url: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  links: PdfLink[];
}

/** Why a PDF cannot be read, as the user can act on it. */
export class UnreadablePdfError extends Error {
  constructor(
    readonly ruleId: "pdf-encrypted" | "pdf-broken",
    message: string,
  ) {
    super(message);
  }
}

const BOLD_FONT = /bold|black|heavy|semibold|demi|extrabold|ultra/i;

/** What a PDF holds for vitae: the résumé vitae embedded in it, or else its pages' text. */
export interface PdfContent {
  /** The bytes of the attachment named `embedded`, when the PDF carries one. */
  embedded?: Uint8Array;
  pages: PdfPage[];
}

/**
 * The attachment named `embedded` if the PDF carries one, else the text runs
 * and links of every page. Fonts are loaded (through the page's
 * operator list) only to learn their names and weights; images are never
 * decoded, and nothing is fetched: pdf.js gets the bytes, no URL.
 */
export function readPdf(bytes: Uint8Array, embedded: string): Promise<PdfContent> {
  const read = queue.then(() => readPdfNow(bytes, embedded));
  queue = read.catch(() => undefined);
  return read;
}

/**
 * One PDF at a time: pdf.js's worker runs in this thread (see load-pdfjs.ts),
 * and documents read side by side in a batch crossed their messages there
 * ("Invalid page request"); reading is all on this thread anyway.
 */
let queue: Promise<unknown> = Promise.resolve();

async function readPdfNow(bytes: Uint8Array, embedded: string): Promise<PdfContent> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // a copy, as a plain Uint8Array (pdf.js refuses a Buffer), which pdf.js may detach
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    maxImageSize: 1,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    if ((e as Error).name === "PasswordException") {
      throw new UnreadablePdfError("pdf-encrypted", "the PDF is encrypted with a password; save an unprotected copy (Print → Save as PDF) and read that");
    }
    throw new UnreadablePdfError("pdf-broken", `the PDF is damaged and cannot be read (${firstLine(e)}); export it again from the program that made it`);
  }
  try {
    const attachments = ((await doc.getAttachments()) ?? {}) as Record<string, { filename?: string; content?: Uint8Array }>;
    const attached = Object.values(attachments).find((a) => a.filename === embedded)?.content;
    if (attached) return { embedded: attached, pages: [] };
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n), n));
    return { pages };
  } catch (e) {
    throw new UnreadablePdfError("pdf-broken", `the PDF is damaged and cannot be read (${firstLine(e)}); export it again from the program that made it`);
  } finally {
    await doc.destroy();
  }
}

type PdfjsPage = Awaited<ReturnType<Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>["getDocument"]>["promise"]>["getPage"]>>;

async function readPage(page: PdfjsPage, number: number): Promise<PdfPage> {
  const [left, bottom, right, top] = page.view as [number, number, number, number];
  // the operator list loads the page's fonts into commonObjs, where their names tell their weight
  await page.getOperatorList();
  const content = await page.getTextContent();
  const weights = new Map<string, boolean>();
  const isBold = (fontName: string): boolean => {
    let bold = weights.get(fontName);
    if (bold === undefined) {
      const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean }) : undefined;
      bold = Boolean(font && (font.bold || font.black || BOLD_FONT.test(font.name ?? "")));
      weights.set(fontName, bold);
    }
    return bold;
  };
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!("str" in item) || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const size = Math.hypot(c!, d!) || Math.hypot(a!, b!);
    if (size < 1) continue;
    runs.push({ text: item.str, x: e! - left, y: top - f!, width: item.width, size, bold: isBold(item.fontName) });
  }
  const links: PdfLink[] = [];
  for (const note of (await page.getAnnotations()) as { subtype?: string; url?: string; unsafeUrl?: string; rect?: number[] }[]) {
    const url = note.url ?? note.unsafeUrl;
    if (note.subtype !== "Link" || !url || !note.rect) continue;
    const [x1, y1, x2, y2] = note.rect as [number, number, number, number];
    const link = { url, left: Math.min(x1, x2) - left, right: Math.max(x1, x2) - left, top: top - Math.max(y1, y2), bottom: top - Math.min(y1, y2) };
    // a link laid over a whole page or panel (Canva's) links no text in particular
    if ((link.right - link.left) * (link.bottom - link.top) < (right - left) * (top - bottom) * 0.05) links.push(link);
  }
  page.cleanup();
  return { number, width: right - left, height: top - bottom, runs: splitRunsAtLinks(runs, links), links };
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split("\n")[0]!.slice(0, 120);
}

/**
 * How full the last page of a printed résumé is: a page holding one short
 * section is what a careful person would not send. Read from the page's
 * content stream, found through the cross-reference table like finishing
 * does, so that no page but the last is parsed.
 */
import { inflateSync } from "node:zlib";
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFObject } from "pdf-lib";
import { readPrintedPdf, type PrintedPdf } from "./pdf-update.js";

type Matrix = [number, number, number, number, number, number];
interface Box {
  top: number;
  bottom: number;
}
interface GraphicsState {
  ctm: Matrix;
  /** The outermost clip: Chromium clips the page's content to the content box, and draws the margin boxes outside it. */
  clip?: Box;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Operators whose operands are glyphs to show: where text is drawn. */
const SHOWS_TEXT = new Set(["Tj", "TJ", "'", '"']);

/**
 * The number of pages, and the share of the last page's content box (0–1) taken by text, from its top to
 * the lowest baseline (1 for a one-page document); undefined for a PDF not laid out as Chromium prints one.
 * Running headers and footers, drawn outside the content box, do not count.
 */
export function measurePages(printed: Uint8Array): { pageCount: number; lastPageFill: number } | undefined {
  const pdf = readPrintedPdf(printed);
  const catalog = pdf?.resolve(pdf.trailer.get(PDFName.of("Root")));
  if (!pdf || !(catalog instanceof PDFDict)) return undefined;
  const tree = pdf.resolve(catalog.get(PDFName.of("Pages")));
  const count = tree instanceof PDFDict ? tree.get(PDFName.of("Count")) : undefined;
  if (!(count instanceof PDFNumber)) return undefined;
  if (count.asNumber() <= 1) return { pageCount: count.asNumber(), lastPageFill: 1 };
  const page = lastPage(pdf, tree);
  if (!page) return undefined;
  const contents = pdf.resolve(page.get(PDFName.of("Contents")));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.resolve(ref)) : [contents];
  if (!streams.every((s): s is PDFRawStream => s instanceof PDFRawStream)) return undefined;
  return { pageCount: count.asNumber(), lastPageFill: fillOf(streams.map(decoded).join("\n")) };
}

/** A content stream's text: Node's zlib for Chromium's Flate, many times faster than pdf-lib's own decoder. */
function decoded(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of("Filter"));
  const bytes = filter === PDFName.of("FlateDecode") ? inflateSync(stream.getContents()) : decodePDFRawStream(stream).decode();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** The last leaf of the page tree. */
function lastPage(pdf: PrintedPdf, node: PDFObject | undefined): PDFDict | undefined {
  for (let depth = 0; depth < 32; depth++) {
    const dict = pdf.resolve(node);
    if (!(dict instanceof PDFDict)) return undefined;
    if (dict.get(PDFName.of("Type")) !== PDFName.of("Pages")) return dict;
    const kids = dict.get(PDFName.of("Kids"));
    if (!(kids instanceof PDFArray) || kids.size() === 0) return undefined;
    node = kids.get(kids.size() - 1);
  }
  return undefined;
}

/** Runs the operators that move text and clip, in device space with y growing upwards as PDF has it. */
function fillOf(content: string): number {
  let state: GraphicsState = { ctm: IDENTITY };
  const saved: GraphicsState[] = [];
  let textMatrix = IDENTITY;
  let lineMatrix = IDENTITY;
  let leading = 0;
  let pendingClip: Box | undefined;
  let path: Box | undefined;
  let box: Box | undefined;
  let lowest: number | undefined;
  const operands: number[] = [];
  for (const token of tokens(content)) {
    if (typeof token === "number") {
      operands.push(token);
      continue;
    }
    const n = operands.splice(0);
    switch (token) {
      case "q":
        saved.push(state);
        break;
      case "Q":
        state = saved.pop() ?? { ctm: IDENTITY };
        break;
      case "cm":
        if (n.length === 6) state = { ...state, ctm: multiply(n as Matrix, state.ctm) };
        break;
      case "re": {
        if (n.length !== 4) break;
        const [x, y, w, h] = n as [number, number, number, number];
        const ys = [apply(state.ctm, x, y)[1], apply(state.ctm, x + w, y + h)[1]];
        path = { top: Math.max(...ys), bottom: Math.min(...ys) };
        break;
      }
      case "W":
      case "W*":
        pendingClip = path;
        break;
      case "n":
      case "f":
      case "f*":
      case "S":
      case "B":
      case "b":
        if (pendingClip && !state.clip) state = { ...state, clip: pendingClip };
        pendingClip = path = undefined;
        break;
      case "BT":
        textMatrix = lineMatrix = IDENTITY;
        break;
      case "Tm":
        if (n.length === 6) textMatrix = lineMatrix = n as Matrix;
        break;
      case "Td":
      case "TD":
        if (n.length === 2) textMatrix = lineMatrix = multiply([1, 0, 0, 1, n[0]!, n[1]!], lineMatrix);
        if (token === "TD") leading = -(n[1] ?? 0);
        break;
      case "TL":
        leading = n[0] ?? leading;
        break;
      case "T*":
        textMatrix = lineMatrix = multiply([1, 0, 0, 1, 0, -leading], lineMatrix);
        break;
      default:
        if (SHOWS_TEXT.has(token) && state.clip) {
          if (token !== "Tj" && token !== "TJ") textMatrix = lineMatrix = multiply([1, 0, 0, 1, 0, -leading], lineMatrix);
          const y = apply(multiply(textMatrix, state.ctm), 0, 0)[1];
          box ??= state.clip;
          lowest = Math.min(lowest ?? Infinity, y);
        }
    }
  }
  if (!box || lowest === undefined) return 0;
  const height = box.top - box.bottom;
  return height > 0 ? Math.min(1, Math.max(0, (box.top - lowest) / height)) : 0;
}

/** Each Latin-1 character's class: whitespace as JavaScript's \\s takes it, a delimiter, or part of a word. */
const [WORD, WHITESPACE, DELIMITER] = [0, 1, 2];
const CLASS = new Uint8Array(256);
for (const code of [9, 10, 11, 12, 13, 32, 160]) CLASS[code] = WHITESPACE;
for (const c of "()<>[]{}/%") CLASS[c.charCodeAt(0)] = DELIMITER;

/**
 * Numbers, and operators as words; strings, names, arrays and dictionaries are skipped, being no operand this
 * reading needs. Scanned character by character: a last page's stream holds tens of thousands of tokens.
 */
function* tokens(content: string): Generator<number | string> {
  const length = content.length;
  for (let at = 0; at < length; ) {
    const code = content.charCodeAt(at);
    if (CLASS[code] === WHITESPACE) at++;
    else if (code === 0x28 /* ( */) at = literalEnd(content, at);
    else if (code === 0x3c /* < */) at = content.charCodeAt(at + 1) === 0x3c ? at + 2 : content.indexOf(">", at) + 1 || length;
    else if (code === 0x25 /* % */) at = lineEnd(content, at);
    else if (code === 0x2f /* / */) {
      // a name: skipped
      for (at++; at < length && CLASS[content.charCodeAt(at)] === WORD; at++);
    } else if (CLASS[code] === DELIMITER) at++;
    else {
      const start = at;
      for (at++; at < length && CLASS[content.charCodeAt(at)] === WORD; at++);
      const word = content.slice(start, at);
      const number = Number(word);
      yield Number.isFinite(number) ? number : word;
    }
  }
}

function lineEnd(content: string, at: number): number {
  const newline = /[\r\n]/g;
  newline.lastIndex = at;
  return newline.exec(content)?.index ?? content.length;
}

/** The end of a literal string: parentheses nest, and a backslash escapes the next character. */
function literalEnd(content: string, at: number): number {
  let depth = 0;
  for (let i = at; i < content.length; i++) {
    const c = content[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return content.length;
}

/** m × n, for row-vector matrices [a b c d e f] as PDF writes them. */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

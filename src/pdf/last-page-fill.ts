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
  const read = readPageTree(printed);
  if (!read) return undefined;
  const { pdf, tree, pageCount } = read;
  if (pageCount <= 1) return { pageCount, lastPageFill: 1 };
  const page = lastPage(pdf, tree);
  if (!page) return undefined;
  const contents = pdf.resolve(page.get(PDFName.of("Contents")));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.resolve(ref)) : [contents];
  if (!streams.every((s): s is PDFRawStream => s instanceof PDFRawStream)) return undefined;
  return { pageCount, lastPageFill: fillOf(streams.map(decoded).join("\n")) };
}

/** The number of pages of a PDF as Chromium prints one, read from its page tree alone; undefined for another PDF. */
export function countPrintedPages(printed: Uint8Array): number | undefined {
  return readPageTree(printed)?.pageCount;
}

function readPageTree(printed: Uint8Array): { pdf: PrintedPdf; tree: PDFDict; pageCount: number } | undefined {
  const pdf = readPrintedPdf(printed);
  const catalog = pdf?.resolve(pdf.trailer.get(PDFName.of("Root")));
  if (!pdf || !(catalog instanceof PDFDict)) return undefined;
  const tree = pdf.resolve(catalog.get(PDFName.of("Pages")));
  const count = tree instanceof PDFDict ? tree.get(PDFName.of("Count")) : undefined;
  return tree instanceof PDFDict && count instanceof PDFNumber ? { pdf, tree, pageCount: count.asNumber() } : undefined;
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
  // the text matrix and the text line matrix: no operator read here sets one without the other
  let textMatrix = IDENTITY;
  let leading = 0;
  let pendingClip: Box | undefined;
  let path: Box | undefined;
  let box: Box | undefined;
  let lowest: number | undefined;
  const operands = operandsIn(content);
  forEachOperator(content, operands, (operator) => {
    switch (operator) {
      case "q":
        saved.push(state);
        break;
      case "Q":
        state = saved.pop() ?? { ctm: IDENTITY };
        break;
      case "cm": {
        const n = operands.read();
        if (n.length === 6) state = { ...state, ctm: multiply(n as Matrix, state.ctm) };
        break;
      }
      case "re": {
        const n = operands.read();
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
        textMatrix = IDENTITY;
        break;
      case "Tm": {
        const n = operands.read();
        if (n.length === 6) textMatrix = n as Matrix;
        break;
      }
      case "Td":
      case "TD": {
        const n = operands.read();
        if (n.length === 2) textMatrix = translate(textMatrix, n[0]!, n[1]!);
        if (operator === "TD") leading = -(n[1] ?? 0);
        break;
      }
      case "TL":
        leading = operands.read()[0] ?? leading;
        break;
      case "T*":
        textMatrix = translate(textMatrix, 0, -leading);
        break;
      default:
        if (SHOWS_TEXT.has(operator) && state.clip) {
          if (operator !== "Tj" && operator !== "TJ") textMatrix = translate(textMatrix, 0, -leading);
          const y = originY(textMatrix, state.ctm);
          box ??= state.clip;
          lowest = Math.min(lowest ?? Infinity, y);
        }
    }
  });
  if (!box || lowest === undefined) return 0;
  const height = box.top - box.bottom;
  return height > 0 ? Math.min(1, Math.max(0, (box.top - lowest) / height)) : 0;
}

/**
 * Calls `onOperator` with each operator of a content stream, its numeric operands marked in `operands` (and
 * cleared after it); strings, names, arrays and dictionaries are skipped, being no operand this reading needs.
 * Scanned character by character: a last page's stream holds tens of thousands of tokens, most of them
 * numbers (each glyph's position, kerning) that no operator read here takes, so a number is only marked
 * where it stands, and read when its operator needs it.
 */
function forEachOperator(content: string, operands: Operands, onOperator: (operator: string) => void): void {
  const length = content.length;
  for (let at = 0; at < length; ) {
    const code = content.charCodeAt(at);
    const kind = CLASS[code];
    if (kind === WHITESPACE) at++;
    else if (code === 0x28 /* ( */) at = literalEnd(content, at);
    else if (code === 0x3c /* < */) at = content.charCodeAt(at + 1) === 0x3c ? at + 2 : content.indexOf(">", at) + 1 || length;
    else if (code === 0x25 /* % */) at = lineEnd(content, at);
    else if (code === 0x2f /* / */) {
      // a name: skipped
      for (at++; at < length && inWord(content.charCodeAt(at)); at++);
    } else if (kind === DELIMITER) at++;
    else {
      const start = at;
      for (at++; at < length && inWord(content.charCodeAt(at)); at++);
      if (kind === NUMERIC) operands.mark(start, at);
      else {
        onOperator(content.slice(start, at));
        operands.clear();
      }
    }
  }
}

type Operands = ReturnType<typeof operandsIn>;

/**
 * The operands before the next operator, kept as where they stand in `content` until one is read. A word
 * that starts like a number but is none (PDF has no such operator) is an operator the reading ignores: the
 * operands before it are not the next operator's.
 */
function operandsIn(content: string) {
  const starts: number[] = [];
  const ends: number[] = [];
  let count = 0;
  return {
    mark(start: number, end: number) {
      starts[count] = start;
      ends[count++] = end;
    },
    read(): number[] {
      const values: number[] = [];
      for (let i = 0; i < count; i++) {
        const value = numberAt(content, starts[i]!, ends[i]!);
        if (Number.isFinite(value)) values.push(value);
        else values.splice(0);
      }
      return values;
    },
    clear() {
      count = 0;
    },
  };
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Number(content.slice(start, end)), without the slice for a plain decimal of at most 15 digits: its digits
 * are then an exact integer and its power of ten exact too, so that one division rounds as Number does.
 */
function numberAt(content: string, start: number, end: number): number {
  const sign = content.charCodeAt(start);
  let at = sign === 0x2d /* - */ || sign === 0x2b /* + */ ? start + 1 : start;
  let digits = 0;
  let mantissa = 0;
  let decimals = -1;
  for (; at < end; at++) {
    const code = content.charCodeAt(at);
    if (code >= 0x30 && code <= 0x39) {
      mantissa = mantissa * 10 + (code - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (code === 0x2e /* . */ && decimals < 0) decimals = 0;
    else break;
  }
  if (at < end || digits === 0 || digits > 15) return Number(content.slice(start, end));
  const value = mantissa / POWERS_OF_TEN[Math.max(0, decimals)]!;
  return sign === 0x2d ? -value : value;
}

/**
 * Each Latin-1 character's class: whitespace as JavaScript's \\s takes it, a delimiter, or part of a word;
 * of those, the characters a number starts with (PDF's operators start with none of them).
 */
const [WORD, NUMERIC, WHITESPACE, DELIMITER] = [0, 1, 2, 3];
const CLASS = new Uint8Array(256);
for (const code of [9, 10, 11, 12, 13, 32, 160]) CLASS[code] = WHITESPACE;
for (const c of "()<>[]{}/%") CLASS[c.charCodeAt(0)] = DELIMITER;
for (const c of "0123456789+-.") CLASS[c.charCodeAt(0)] = NUMERIC;
/** True for a character inside a word: whatever is not whitespace or a delimiter. */
const inWord = (code: number) => CLASS[code] === WORD || CLASS[code] === NUMERIC;

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
function multiply(m: Readonly<Matrix>, n: Readonly<Matrix>): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

/** multiply([1, 0, 0, 1, tx, ty], m), the same arithmetic without the first matrix: a line moved in text space. */
function translate(m: Matrix, tx: number, ty: number): Matrix {
  return [1 * m[0] + 0 * m[2], 1 * m[1] + 0 * m[3], 0 * m[0] + 1 * m[2], 0 * m[1] + 1 * m[3], tx * m[0] + ty * m[2] + m[4], tx * m[1] + ty * m[3] + m[5]];
}

/** apply(multiply(text, ctm), 0, 0)[1], the same arithmetic without the matrices: where a text's origin lands, upwards. */
function originY(text: Matrix, ctm: Matrix): number {
  return 0 * (text[0] * ctm[1] + text[1] * ctm[3]) + 0 * (text[2] * ctm[1] + text[3] * ctm[3]) + (text[4] * ctm[1] + text[5] * ctm[3] + ctm[5]);
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

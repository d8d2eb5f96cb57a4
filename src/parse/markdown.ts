import type { Root, RootContent } from "mdast";
import { fromMarkdown, type Options } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmTable } from "micromark-extension-gfm-table";
import { parseSimpleMarkdown } from "./fast-markdown.js";

/**
 * Only the syntax a CV needs beyond CommonMark: tables, bare links and YAML
 * front matter. Footnotes, task lists and strikethrough would cost parse time
 * on every character and give extraction nothing to read.
 */
const OPTIONS: Options = {
  extensions: [gfmTable(), gfmAutolinkLiteral(), frontmatter(["yaml"])],
  mdastExtensions: [gfmTableFromMarkdown(), gfmAutolinkLiteralFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
};
const parseOne = (text: string): Root => fromMarkdown(text, OPTIONS);

/** Chunks of about this many characters keep micromark's cost linear on very large sources. */
const CHUNK_CHARS = 16_000;
/** A link reference definition: its uses may sit in any other piece, so such a source is parsed whole. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/**
 * Parses Markdown (GFM tables and autolinks, YAML front matter) into an mdast
 * tree with positions. The source is cut into pieces at a heading or at a
 * blank line before an unindented, non-list line, where no block can
 * continue. Pieces in the plain subset most CVs use are read by the fast
 * path; runs of the others go to micromark in chunks, which keeps its cost
 * linear (it slows down badly on one huge document).
 */
export function parseMarkdown(text: string): Root {
  if (DEFINITION.test(text)) return text.length <= CHUNK_CHARS ? parseOne(text) : parseRuns(splitChunks(text, CHUNK_CHARS), () => undefined);
  return parseRuns(splitChunks(text, 0), (piece) => parseSimpleMarkdown(piece.text, piece.line));
}

type Piece = { text: string; line: number };

/** Parses each piece by the fast path when it can, and the rest with micromark, joined up to CHUNK_CHARS. */
function parseRuns(pieces: readonly Piece[], fast: (piece: Piece) => Root | undefined): Root {
  const root: Root = { type: "root", children: [] };
  let pending: Piece[] = [];
  let size = 0;
  const flush = () => {
    if (!pending.length) return;
    const line = pending[0]!.line;
    for (const node of parseOne(pending.map((p) => p.text).join("\n")).children) root.children.push(shiftLines(node, line - 1));
    pending = [];
    size = 0;
  };
  for (const piece of pieces) {
    const simple = fast(piece);
    if (simple) {
      flush();
      root.children.push(...simple.children);
      continue;
    }
    pending.push(piece);
    size += piece.text.length;
    if (size >= CHUNK_CHARS) flush();
  }
  flush();
  return root;
}

function splitChunks(text: string, minChars: number): Piece[] {
  const lines = text.split("\n");
  const chunks: Piece[] = [];
  let start = 0;
  let size = 0;
  let fence = false;
  let frontMatterOpen = lines[0] === "---";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    const safe = !fence && i > start && (/^#{1,6}\s/.test(line) || (lines[i - 1]!.trim() === "" && /^[^\s\-*+>|\d<]/.test(line)));
    if (safe && size >= minChars && !frontMatterOpen) {
      chunks.push({ text: lines.slice(start, i).join("\n"), line: start + 1 });
      start = i;
      size = 0;
    }
    if (i > 0 && line === "---") frontMatterOpen = false;
    size += line.length + 1;
  }
  chunks.push({ text: lines.slice(start).join("\n"), line: start + 1 });
  return chunks;
}

function shiftLines<T extends RootContent>(node: T, by: number): T {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  if ("children" in node) for (const child of node.children) shiftLines(child as RootContent, by);
  return node;
}

import type { Root, RootContent } from "mdast";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";

/**
 * The GFM syntax a CV uses: tables and bare links. remark-gfm would also add
 * footnotes, task lists and strikethrough, which cost parse time on every
 * character and give extraction nothing to read.
 */
function remarkCvSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmAutolinkLiteral());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmAutolinkLiteralFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkCvSyntax).freeze();
const parseOne = (text: string): Root => processor.parse(text);

/** Chunks of about this many characters keep micromark's cost linear on very large sources. */
const CHUNK_CHARS = 16_000;
/** A link reference definition: its uses may sit in any other piece, so such a source is parsed whole. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/**
 * Parses Markdown (GFM tables and autolinks, YAML front matter) with unified
 * and remark-parse into an mdast tree with positions. A large source is cut
 * into chunks at a heading or at a blank line before an unindented, non-list
 * line, where no block can continue: micromark slows down badly on one huge
 * document, and chunks keep its cost linear.
 */
export function parseMarkdown(text: string): Root {
  if (text.length <= CHUNK_CHARS || DEFINITION.test(text)) return parseOne(text);
  const root: Root = { type: "root", children: [] };
  for (const piece of splitChunks(text, CHUNK_CHARS)) {
    for (const node of parseOne(piece.text).children) root.children.push(shiftLines(node, piece.line - 1));
  }
  return root;
}

type Piece = { text: string; line: number };

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

import type { Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

/** Chunks of about this many characters keep micromark's cost linear on very large sources. */
const CHUNK_CHARS = 16_000;

/**
 * Parses Markdown (GFM tables and autolinks, YAML front matter) into an mdast
 * tree with positions. Large sources are parsed in chunks cut at a heading or
 * at a blank line before an unindented, non-list line, where no block can
 * continue; micromark slows down badly on one huge document otherwise.
 */
export function parseMarkdown(text: string): Root {
  if (text.length <= CHUNK_CHARS) return processor.parse(text) as Root;
  const root: Root = { type: "root", children: [] };
  for (const chunk of splitChunks(text)) {
    const tree = processor.parse(chunk.text) as Root;
    for (const node of tree.children) root.children.push(shiftLines(node, chunk.line - 1));
  }
  return root;
}

function splitChunks(text: string): Array<{ text: string; line: number }> {
  const lines = text.split("\n");
  const chunks: Array<{ text: string; line: number }> = [];
  let start = 0;
  let size = 0;
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    const safe = !fence && i > start && (/^#{1,6}\s/.test(line) || (lines[i - 1]!.trim() === "" && /^[^\s\-*+>|\d<]/.test(line)));
    if (safe && size >= CHUNK_CHARS && !(start === 0 && lines[0] === "---" && !closedFrontMatter(lines, i))) {
      chunks.push({ text: lines.slice(start, i).join("\n"), line: start + 1 });
      start = i;
      size = 0;
    }
    size += line.length + 1;
  }
  chunks.push({ text: lines.slice(start).join("\n"), line: start + 1 });
  return chunks;
}

function closedFrontMatter(lines: readonly string[], before: number): boolean {
  for (let i = 1; i < before; i++) if (lines[i] === "---") return true;
  return false;
}

function shiftLines<T extends RootContent>(node: T, by: number): T {
  if (node.position) {
    node.position.start.line += by;
    node.position.end.line += by;
  }
  if ("children" in node) for (const child of node.children) shiftLines(child as RootContent, by);
  return node;
}

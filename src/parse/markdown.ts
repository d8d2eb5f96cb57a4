import type { Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { remarkCvSyntax } from "./cv-syntax.js";
import { definedIn, labelsDefinedElsewhere, parseInPieces, shiftLines, type ParsePiece } from "./markdown-pieces.js";
import { drawEmojiShortcodes } from "./emoji-shortcodes.js";
import { fenceOpening, linesInFences } from "./code-fences.js";

/** YAML front matter between `---` (closed by `...` too: see withYamlEndAsFence), and Hugo's TOML between `+++`. */
const FRONT_MATTER = ["yaml", "toml"] as const;

/**
 * Pandoc's metadata block often closes with YAML's own end marker `...`. It is read as the `---` it stands for, of the
 * same length so every position holds: a second YAML matter that closes with `...`, given to remark-frontmatter
 * beside the usual one, made micromark read every `- item` list after it as a paragraph.
 */
function withYamlEndAsFence(text: string): string {
  if (!/^---\r?\n/.test(text)) return text;
  const end = /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(4));
  if (!end || !end[0].startsWith("...")) return text;
  const at = 4 + end.index;
  return `${text.slice(0, at)}---${text.slice(at + 3)}`;
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, [...FRONT_MATTER]).freeze();
/** The GFM syntax is fitted to each text (cv-syntax.ts), so each gets its own processor. */
const parseOne: ParsePiece = (text, definedElsewhere) => {
  const processor = markdown().use(remarkCvSyntax, text);
  if (definedElsewhere.length) (processor.data().micromarkExtensions ??= []).push(labelsDefinedElsewhere(definedElsewhere));
  return processor.parse(text);
};

/**
 * Parses Markdown (GFM tables and autolinks, YAML front matter) with unified
 * and remark-parse into an mdast tree with positions, a large source in
 * pieces (markdown-pieces.ts).
 */
export function parseMarkdown(source: string): Root {
  const text = spaceAtxHeadings(withYamlEndAsFence(source));
  const root = parseInPieces(text, parseOne);
  // the labels are wanted only where a block is read again as Markdown, which few sources need
  let labels: readonly string[] | undefined;
  const defined = () => (labels ??= [...definedIn(root)]);
  return drawEmojiShortcodes(readDefinitionBlocks(readMarkdownInHtml(root, defined), text, defined));
}

declare module "mdast" {
  interface Data {
    /** A block written under a definition of a definition list, one level below its term. */
    underDefinition?: boolean;
  }
}

/** A definition's marker at a line's start (`:   text`), as pandoc writes definition lists. */
const DEFINITION_MARKER = /^ {0,3}:[ \t]+\S/;

/**
 * "2010-2014" / ":   **BSc**; University of Texas" / "" / "    *Minor: Linguistics*": pandoc's definition goes on,
 * after a blank line, in blocks indented under it (the pandoc_resume template writes every entry so), which
 * CommonMark reads as code. Indented code right after a paragraph that holds a definition is read as Markdown,
 * in its place.
 */
function readDefinitionBlocks(root: Root, source: string, defined: () => readonly string[]): Root {
  if (!/^ {0,3}:[ \t]+\S/m.test(source)) return root;
  const lines = source.split("\n");
  const holdsDefinition = (node: RootContent) => {
    const { start, end } = node.position!;
    return lines.slice(start.line - 1, end.line).some((l) => DEFINITION_MARKER.test(l));
  };
  let afterDefinition = false;
  root.children = root.children.flatMap((node): RootContent[] => {
    const continues = afterDefinition && node.type === "code" && node.position !== undefined && fenceOpening(lines[node.position.start.line - 1] ?? "") === undefined;
    if (!continues) afterDefinition = node.type === "paragraph" && node.position !== undefined && holdsDefinition(node);
    if (!continues) return [node];
    return parseOne(node.value, defined()).children.map((child) => Object.assign(shiftLines(child, node.position!.start.line - 1), { data: { ...child.data, underDefinition: true } }));
  });
  return root;
}

/** An opening tag that asks for Markdown inside it, as kramdown (Jekyll's default) reads `markdown="1"`. */
const MARKDOWN_INSIDE = /^\s*<[a-zA-Z][^>]*\smarkdown\s*=\s*["']?(?:1|block)\b[^>]*>\s*$/;

/**
 * `<hr>` or `<br>` alone on a line, the Markdown going on right under it ("## Projects" / "<hr>" / "- [Pebble](…) …"):
 * the tag is a rule or a break of its own, which opens no box, though CommonMark keeps the lines under it in its HTML
 * block until a blank line and shows their Markdown as written.
 */
const VOID_TAG_LINE = /^ {0,3}<(?:hr|br)\s*\/?>\s*$/i;

/**
 * `<div markdown="1">` followed on the next line by `### Title`: CommonMark
 * keeps those lines in the HTML block until a blank line, while the page
 * (built by kramdown) shows a heading. The lines after such an opening tag
 * are read as Markdown, in their place; so are those after the tags nested in
 * it (`<div markdown="1">` / `<div markdown="1">` / `# Name`, a row and its column),
 * and those after a rule or a break alone on its line (VOID_TAG_LINE).
 */
function readMarkdownInHtml(root: Root, defined: () => readonly string[]): Root {
  root.children = root.children.flatMap((node): RootContent[] => {
    if (node.type !== "html" || !node.position) return [node];
    const [first, ...rest] = node.value.split("\n");
    if (!rest.length || !(MARKDOWN_INSIDE.test(first!) || VOID_TAG_LINE.test(first!))) return [node];
    const opening: RootContent = { type: "html", value: first!, position: { start: node.position.start, end: { line: node.position.start.line, column: first!.length + 1 } } };
    const inside = readMarkdownInHtml(parseOne(rest.join("\n"), defined()), defined);
    return [opening, ...inside.children.map((child) => shiftLines(child, node.position!.start.line))];
  });
  return root;
}

/** `#Name`, `##Education`: an ATX heading written without its space, as older Markdown allowed. */
const TIGHT_HEADING = /^( {0,3}#{1,6})(?=[^\s#\d])/;
/** `#rust` after a space: a document that writes hashtags, where `#word` at a line's start may be one too. */
const HASHTAG = /\s#[\p{L}_]/u;

/**
 * Gives `#Name` lines their space so CommonMark reads them as the headings
 * their author meant, unless the document writes `#hashtags` in its prose.
 * Only code fences are skipped: a `#` line in front matter is a YAML comment
 * whichever way it is spaced. Line numbers do not move.
 */
function spaceAtxHeadings(text: string): string {
  if (!/^ {0,3}#{1,6}[^\s#\d]/m.test(text)) return text;
  const lines = text.split("\n");
  const outside = linesInFences(lines).map((inFence) => !inFence);
  if (lines.some((line, i) => outside[i] && HASHTAG.test(line))) return text;
  return lines.map((line, i) => (outside[i] ? line.replace(TIGHT_HEADING, "$1 ") : line)).join("\n");
}

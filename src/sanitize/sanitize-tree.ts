import type { Parent, Root } from "mdast";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { containsHtml } from "./contains-html.js";
import { reclaimIndentedHtml } from "./indented-html.js";
import { reclaimSwallowedHtml } from "./swallowed-html.js";
import { neutralizeUrls } from "./unsafe-urls.js";

/**
 * Makes a Markdown tree safe in place: every raw `html` node becomes plain
 * mdast through an allowlist sanitizer (raw-html.ts), remote images become
 * their alt text, and links that are not http(s), mailto or tel become their
 * text. Returns what was removed, where.
 * The HTML parser (parse5, with hast's tables of elements and properties) is
 * loaded only for a tree that has raw HTML: initialising it was ~4 % of an
 * HTML-only build of a Markdown CV without any.
 */
export async function sanitizeHtmlInTree(tree: Root, file: string): Promise<Diagnostic[]> {
  dropCommentBlocks(tree);
  reclaimIndentedHtml(tree);
  reclaimSwallowedHtml(tree);
  const diagnostics = containsHtml(tree) ? (await import("./raw-html.js")).sanitizeRawHtml(tree, file) : [];
  diagnostics.push(...neutralizeUrls(tree, file));
  return diagnostics.sort(byPosition);
}

/** An HTML comment alone on its lines, the way people leave notes in a Markdown CV (`vitae init`'s starter has a dozen). */
const COMMENT_BLOCK = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;
/** The nodes whose children are blocks, where an HTML block can stand. */
const BLOCK_HOLDERS = new Set(["root", "blockquote", "list", "listItem"]);

/** Removes the HTML blocks that are only a comment, as the sanitizer would, without loading the HTML parser for them. */
function dropCommentBlocks(parent: Parent): void {
  parent.children = parent.children.filter((child) => !(child.type === "html" && COMMENT_BLOCK.test(child.value)));
  for (const child of parent.children) if (BLOCK_HOLDERS.has(child.type)) dropCommentBlocks(child as Parent);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0);
}

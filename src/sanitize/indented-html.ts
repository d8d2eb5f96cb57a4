import type { Code, Html, Parent, RootContent } from "mdast";

/** A block that opens with a tag and closes with one: markup, not a code sample. */
const MARKUP = /^<\/?[a-zA-Z][\w-]*(?:\s[^>]*)?\/?>[\s\S]*>$/;
const BLOCK_HOLDERS = new Set(["root", "blockquote", "listItem"]);

/**
 * Gives back to HTML the indented blocks of markup that CommonMark reads as
 * code: in a CV written in HTML, a nested `<div>` indented by four spaces
 * after a blank line is still markup (kramdown, which Jekyll sites use, reads
 * it so), and reading it as code would print its tags as text. Only in a
 * parent that holds raw HTML blocks too, and never a fenced block.
 */
export function reclaimIndentedHtml(parent: Parent): void {
  if (parent.children.some((c) => c.type === "html")) {
    parent.children = parent.children.map((child): RootContent => (isIndentedMarkup(child) ? toHtml(child) : child)) as typeof parent.children;
  }
  for (const child of parent.children) if (BLOCK_HOLDERS.has(child.type)) reclaimIndentedHtml(child as Parent);
}

function isIndentedMarkup(node: RootContent): node is Code {
  if (node.type !== "code" || node.lang || !node.position) return false;
  // a fenced block spans two lines more than its text, its fences
  const spanned = node.position.end.line - node.position.start.line + 1;
  return spanned === node.value.split("\n").length && MARKUP.test(node.value.trim());
}

function toHtml(node: Code): Html {
  return { type: "html", value: node.value, position: node.position };
}

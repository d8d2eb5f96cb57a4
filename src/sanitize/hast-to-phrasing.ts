import type { Element, ElementContent, RootContent } from "hast";
import type { PhrasingContent } from "mdast";
import { keptNodes } from "./parse-mixed-html.js";
import { BLOCK_TAGS, CELL_TAGS } from "./schema.js";

const BLOCKS = new Set(BLOCK_TAGS);
const CELLS = new Set(CELL_TAGS);

/**
 * Turns sanitized HTML inside a Markdown paragraph back into mdast phrasing
 * content: bold, emphasis, links, line breaks and text. Text keeps its tabs
 * and line endings, which a paragraph written by hand uses to lay out entries
 * and dates; hast-util-to-mdast would collapse them (HTML blocks, where a
 * browser collapses them too, go through it: hast-to-flow.ts).
 */
export function toPhrasing(nodes: readonly (RootContent | ElementContent)[], kept: readonly PhrasingContent[]): PhrasingContent[] {
  return tidyBreaks(convertAll(nodes, kept));
}

function convertAll(nodes: readonly (RootContent | ElementContent)[], kept: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === "text") out.push({ type: "text", value: node.value, position: node.position });
    else if (node.type === "element") out.push(...convertElement(node, kept));
  }
  return out;
}

function convertElement(node: Element, kept: readonly PhrasingContent[]): PhrasingContent[] {
  const own = keptNodes(node, kept);
  if (own?.length) return own;
  const position = node.position;
  const children = () => convertAll(node.children, kept);
  switch (node.tagName) {
    case "b":
    case "strong":
      return [{ type: "strong", children: children(), position }];
    case "i":
    case "em":
      return [{ type: "emphasis", children: children(), position }];
    case "s":
    case "del":
      return [{ type: "delete", children: children(), position }];
    case "br":
      return [{ type: "break", position }];
    case "a": {
      const href = node.properties.href;
      return typeof href === "string" && href ? [{ type: "link", url: href, children: children(), position }] : children();
    }
    case "img": {
      const { src, alt } = node.properties;
      const altText = typeof alt === "string" ? alt : "";
      if (typeof src === "string" && src) return [{ type: "image", url: src, alt: altText, position }];
      return altText ? [{ type: "text", value: altText, position }] : [];
    }
    default:
      if (BLOCKS.has(node.tagName)) return [{ type: "break" }, ...children(), { type: "break" }];
      if (CELLS.has(node.tagName)) return [...children(), { type: "text", value: " " }];
      return children();
  }
}

/** Block tags only separate lines: no break at either end and never two in a row. */
function tidyBreaks(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === "break" && (out.length === 0 || out[out.length - 1]!.type === "break")) continue;
    out.push(node);
  }
  while (out.length && out[out.length - 1]!.type === "break") out.pop();
  return out;
}

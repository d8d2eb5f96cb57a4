import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import type { RootContent as MdastContent } from "mdast";
import rehypeRaw from "rehype-raw";
import { unified } from "unified";
import { KEPT_TAG } from "./schema.js";

/** Stands in for a Markdown node while the HTML around it is parsed. */
const PASS_THROUGH = "vitaeKept";

export interface ParsedHtml<T extends MdastContent> {
  /** The HTML as parsed by a browser-grade parser, with each Markdown node as a placeholder element. */
  tree: HastRoot;
  /** The Markdown nodes the placeholders stand for, by index. */
  kept: T[];
}

const processor = unified().use(rehypeRaw, { passThrough: [PASS_THROUGH] });

/**
 * Parses a run of sibling mdast nodes whose `html` pieces belong together
 * (`<b>`, text, `</b>` in a paragraph; `<section>`, a Markdown list,
 * `</section>` between blocks) as one HTML fragment, the way a browser would:
 * tags close, nest and split exactly as in Chromium, and the Markdown between
 * them lands inside the element that holds it. Text nodes go in as text, so
 * nothing the user wrote literally turns into markup.
 */
export function parseMixedHtml<T extends MdastContent>(nodes: readonly T[]): ParsedHtml<T> {
  const kept: T[] = [];
  const children = nodes.map((node): RootContent => {
    // "raw" is hast's node for unparsed HTML (declared by mdast-util-to-hast, which this skips)
    if (node.type === "html") return { type: "raw", value: node.value, position: node.position } as unknown as RootContent;
    if (node.type === "text") return { type: "text", value: node.value, position: node.position };
    kept.push(node);
    return { type: PASS_THROUGH, index: kept.length - 1 } as unknown as RootContent;
  });
  const tree = processor.runSync({ type: "root", children }) as HastRoot;
  replacePassThrough(tree);
  return { tree, kept };
}

/** Swaps each pass-through node for an element the sanitizer can allow; `data` cannot be forged from HTML. */
function replacePassThrough(parent: HastRoot | Element): void {
  parent.children = parent.children.map((child) => {
    const index = (child as { type: string; index?: number }).type === PASS_THROUGH ? (child as unknown as { index: number }).index : undefined;
    if (index !== undefined) {
      const placeholder: Element = { type: "element", tagName: KEPT_TAG, properties: {}, children: [], data: { vitaeKept: index } as Element["data"] };
      return placeholder;
    }
    if (child.type === "element") replacePassThrough(child);
    return child;
  }) as ElementContent[];
}

/** The index of the Markdown node a placeholder element stands for. */
export function keptIndex(element: Element): number | undefined {
  const index = (element.data as { vitaeKept?: unknown } | undefined)?.vitaeKept;
  return typeof index === "number" ? index : undefined;
}

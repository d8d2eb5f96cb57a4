import type { Element, ElementContent } from "hast";
import { defaultHandlers, type Handle } from "hast-util-to-mdast";

/** Elements a browser lays out as blocks of their own, even inside a heading. */
const BLOCK_INSIDE = new Set(["ul", "ol", "p", "div", "table", "dl"]);

/**
 * `<h1><span>Name</span><ul><li><span>电话</span>…</li></ul></h1>`: a CV
 * template's header writes the name and the list of contacts in one heading.
 * A heading holds phrasing only, so the conversion would run the name and
 * every contact into one line; the heading is its own words, and the blocks
 * it holds follow it, as a browser shows them.
 */
export const headingWithBlocks: Handle = (state, element: Element, parent) => {
  const isBlock = (c: ElementContent) => c.type === "element" && BLOCK_INSIDE.has(c.tagName);
  const heading = (defaultHandlers as Record<string, Handle>)[element.tagName]!;
  if (!element.children.some(isBlock)) return heading(state, element, parent);
  const words = heading(state, { ...element, children: element.children.filter((c) => !isBlock(c)) }, parent);
  const blocks = state.toFlow(state.all({ ...element, tagName: "div", children: element.children.filter(isBlock) }));
  return [words, ...blocks].flat() as never;
};

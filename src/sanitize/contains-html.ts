import type { Nodes } from "mdast";

/** Whether a Markdown tree holds raw HTML anywhere below this node. */
export function containsHtml(node: Nodes): boolean {
  return "children" in node && node.children.some((c) => c.type === "html" || containsHtml(c));
}

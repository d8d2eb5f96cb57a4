import type { PhrasingContent, TableCell } from "mdast";

/**
 * A table cell with its wrapped lines joined. An HTML table's cell, as pandoc
 * and R Markdown write one, wraps its text at about 72 columns
 * ("Postdoctoral Scholar, Museum of Fish and\nWildlife Biology"): a browser
 * shows that line end as a space, and only a `<br>` as a line of its own. A
 * line that opens with a bullet marker ("* For a national hotel brand, …")
 * is a list the author typed into the cell, and keeps its line.
 */
export function withCellWrapsJoined(cell: TableCell): TableCell {
  return { ...cell, children: cell.children.map(joinWraps) as TableCell["children"] };
}

const WRAP = /[ \t]*\n[ \t]*(?![-*+•][ \t])/g;

function joinWraps(node: PhrasingContent): PhrasingContent {
  if (node.type === "text") return { ...node, value: node.value.replace(WRAP, " ") };
  if ("children" in node) return { ...node, children: node.children.map(joinWraps) } as PhrasingContent;
  return node;
}

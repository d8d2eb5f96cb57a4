import type { Nodes, Parent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";

/** The nodes whose children are blocks, where a heading can stand. */
const BLOCK_HOLDERS = new Set(["root", "blockquote", "listItem"]);

/**
 * '<div><h3>Contribution Stats</h3><img src="https://github-readme-stats…"></div>', "### 📊 GitHub Stats" over a row of
 * streak and trophy cards: a heading with nothing under it but profile widgets' live pictures, which vitae drops,
 * captions them; left alone it would head the next entry of the section above (a project "Contribution Stats").
 * `emptied` holds the blocks that held only such pictures. Removes each such heading, in place, with a warning.
 */
export function dropWidgetCaptions(tree: Root, emptied: WeakSet<object>, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const visit = (parent: Parent) => {
    parent.children = parent.children.filter((child, i) => {
      if (child.type !== "heading" || !captionsWidgets(parent.children.slice(i + 1) as Nodes[], emptied)) return true;
      const at = child.position?.start;
      const message = `dropped the heading "${toString(child)}": it only captions profile widgets' live pictures, which vitae drops; a CV prints nothing under it`;
      diagnostics.push(diagnose(file, "warning", "widget-caption", message, at && { line: at.line, column: at.column }));
      return false;
    }) as typeof parent.children;
    for (const child of parent.children) if (BLOCK_HOLDERS.has(child.type)) visit(child as Parent);
  };
  visit(tree);
  return diagnostics;
}

/** Whether the blocks after a heading, up to the next heading or the end, are all wordless, one of them a widget's. */
function captionsWidgets(after: readonly Nodes[], emptied: WeakSet<object>): boolean {
  let widget = false;
  for (const node of after) {
    if (node.type === "heading") break;
    if (toString(node).trim() !== "") return false;
    widget ||= emptied.has(node);
  }
  return widget;
}

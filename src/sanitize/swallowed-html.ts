import type { Html, List, Paragraph, Parent, PhrasingContent, RootContent, Text } from "mdast";

/** A tag that opens or closes a block (a table's row or cell, a list, a layout box): a browser ends a paragraph at it. */
const BLOCK_TAG = /^<\/?(?:table|thead|tbody|tfoot|tr|td|th|div|section|article|ul|ol|li|p|details|summary|h[1-6]|dl|dt|dd|blockquote)\b/i;
const BLOCK_HOLDERS = new Set(["root", "blockquote", "listItem"]);

/**
 * Gives back to HTML the block tags a Markdown paragraph swallowed: in a table written in HTML, a cell's text after
 * a blank line is a paragraph, and the indented `</td>`, `</tr>`, `<tr>` lines under it are, for CommonMark, more
 * lines of that paragraph (an HTML block cannot start indented by a tab). A browser closes the paragraph at the first
 * of them and goes on with the table; read as the paragraph's inline HTML, every later row would lose its cells.
 * Only in a parent that holds raw HTML blocks too, and only where the rest of the paragraph is tags and plain text.
 */
export function reclaimSwallowedHtml(parent: Parent): void {
  if (parent.children.some((c) => c.type === "html")) {
    parent.children = parent.children.flatMap((child): RootContent[] => (child.type === "paragraph" ? splitAtBlockTag(child) : child.type === "list" ? splitListEnd(child) : [child])) as typeof parent.children;
  }
  for (const child of parent.children) if (BLOCK_HOLDERS.has(child.type)) reclaimSwallowedHtml(child as Parent);
}

/** A tag that closes a box opened before a list (a table's cell or row, a layout box): the list ends at it. */
const CLOSING_BOX = /^\s*<\/(?:td|th|tr|tbody|thead|tfoot|table|div|section|article)\b/i;

/**
 * "- C++/Cuda: Keops" over an indented `</td>` and `</tr>`: the closing tags go on with the list's last item (the
 * first on its paragraph, the rest as an HTML block inside the item); a browser closes the list at the first of
 * them, so they, and what follows them in the item, come after the list.
 */
function splitListEnd(list: List): RootContent[] {
  const item = list.children[list.children.length - 1];
  if (!item) return [list];
  const pieces = item.children.map((child) => (child.type === "paragraph" ? splitAtBlockTag(child) : [child]));
  const at = pieces.findIndex((piece) => piece.some((n) => n.type === "html" && CLOSING_BOX.test(n.value)));
  if (at < 0) return [list];
  const piece = pieces[at]!;
  const [stays, moved] = piece.length === 2 ? [[piece[0]!], [piece[1]!]] : [[], piece];
  const after = item.children.slice(at + 1);
  item.children = [...item.children.slice(0, at), ...stays] as typeof item.children;
  return [list, ...moved, ...after];
}

function splitAtBlockTag(paragraph: Paragraph): RootContent[] {
  const nodes = paragraph.children;
  // a block tag at the start of one of the paragraph's later lines
  const at = nodes.findIndex((n, i) => i > 0 && n.type === "html" && BLOCK_TAG.test(n.value) && endsLine(nodes[i - 1]!));
  const rest = nodes.slice(at);
  if (at < 0 || !rest.every((n): n is Html | Text => n.type === "html" || n.type === "text")) return [paragraph];
  const kept = withoutLastLineEnd(nodes.slice(0, at));
  const html: Html = { type: "html", value: rest.map((n) => (n.type === "html" ? n.value : escapeText(n.value))).join(""), position: rest[0]!.position && paragraph.position && { start: rest[0]!.position.start, end: paragraph.position.end } };
  const position = paragraph.position && kept[kept.length - 1]?.position && { start: paragraph.position.start, end: kept[kept.length - 1]!.position!.end };
  return [{ ...paragraph, children: kept, position }, html];
}

const endsLine = (n: PhrasingContent) => n.type === "text" && /\n[\t ]*$/.test(n.value);

function withoutLastLineEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const last = nodes[nodes.length - 1];
  return last?.type === "text" ? [...nodes.slice(0, -1), { ...last, value: last.value.replace(/\s+$/, "") }] : nodes;
}

/** Text the Markdown parser decoded, written back as HTML text ("R&D" as "R&amp;D"). */
const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

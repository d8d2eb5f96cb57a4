import type { Html, Paragraph, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { sanitize } from "hast-util-sanitize";
import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import { containsHtml } from "./contains-html.js";
import { toPhrasing } from "./hast-to-phrasing.js";
import { parseInlineHtml } from "./parse-inline-html.js";
import { reportRemovals } from "./report-removals.js";
import { CV_SCHEMA } from "./schema.js";

/** More tags than this in one paragraph is not a CV; HTML parsing of deep nesting is quadratic. */
const MAX_TAGS = 5000;

/** Nodes whose children are phrasing content: raw HTML in them is parsed as one fragment. */
const PHRASING_HOLDERS = new Set(["paragraph", "heading", "tableCell"]);

/**
 * Turns every raw `html` node of a Markdown tree, in place, into plain mdast
 * (strong, emphasis, link, image, break, text) through an allowlist
 * sanitizer. Returns what was removed, where.
 */
export function sanitizeRawHtml(tree: Root, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  sanitizeFlow(tree, file, diagnostics);
  return diagnostics;
}

function sanitizeFlow(parent: Parent, file: string, diagnostics: Diagnostic[]): void {
  if (PHRASING_HOLDERS.has(parent.type)) {
    parent.children = sanitizePhrasing(parent.children as PhrasingContent[], file, diagnostics);
    return;
  }
  parent.children = parent.children.flatMap((child: RootContent): RootContent[] => {
    if (child.type === "html") return flowHtmlToParagraph(child, file, diagnostics);
    if ("children" in child) sanitizeFlow(child, file, diagnostics);
    return [child];
  });
}

/** A block of raw HTML becomes a paragraph of its safe text, or nothing when none is left. */
function flowHtmlToParagraph(node: Html, file: string, diagnostics: Diagnostic[]): Paragraph[] {
  const children = sanitizePhrasing([node], file, diagnostics);
  const hasText = children.some((c) => c.type !== "break" && !(c.type === "text" && c.value.trim() === ""));
  return hasText ? [{ type: "paragraph", children, position: node.position }] : [];
}

function sanitizePhrasing(nodes: PhrasingContent[], file: string, diagnostics: Diagnostic[]): PhrasingContent[] {
  for (const node of nodes) {
    if ("children" in node && containsHtml(node)) node.children = sanitizePhrasing(node.children as PhrasingContent[], file, diagnostics) as typeof node.children;
  }
  const html = nodes.filter((n): n is Html => n.type === "html");
  if (html.length === 0) return nodes;
  const tags = html.reduce((sum, n) => sum + (n.value.match(/</g)?.length ?? 0), 0);
  if (tags > MAX_TAGS) return dropMarkup(nodes, file, diagnostics);
  try {
    const { tree, kept } = parseInlineHtml(nodes);
    const safe = sanitize(tree, CV_SCHEMA);
    diagnostics.push(...reportRemovals(tree, safe as typeof tree, file));
    return toPhrasing("children" in safe ? safe.children : [safe], kept);
  } catch (e) {
    // only nesting deep enough to exhaust the stack gets here; dropping the markup is the safe answer
    if (!(e instanceof RangeError)) throw e;
    return dropMarkup(nodes, file, diagnostics);
  }
}

/** Keeps the Markdown around HTML that is too big or too deep to parse safely, and none of the HTML. */
function dropMarkup(nodes: PhrasingContent[], file: string, diagnostics: Diagnostic[]): PhrasingContent[] {
  const at = nodes.find((n) => n.type === "html")?.position?.start;
  const message = `removed this HTML without reading it: more than ${MAX_TAGS} tags in one paragraph, or nesting too deep to read safely; write this part as plain Markdown`;
  diagnostics.push(diagnose(file, "warning", "html-too-complex", message, at && { line: at.line, column: at.column }));
  return nodes.filter((n) => n.type !== "html");
}

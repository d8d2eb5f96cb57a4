import type { Root as HastRoot } from "hast";
import type { Html, Parent, PhrasingContent, Root, RootContent } from "mdast";
import { sanitize } from "hast-util-sanitize";
import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import { containsHtml } from "./contains-html.js";
import { toFlow } from "./hast-to-flow.js";
import { toPhrasing } from "./hast-to-phrasing.js";
import { markSeparators } from "./mark-separators.js";
import { parseMixedHtml } from "./parse-mixed-html.js";
import { reportRemovals } from "./report-removals.js";
import { CV_SCHEMA } from "./schema.js";

/** More tags than this in one run of HTML is not a CV; HTML parsing of deep nesting is quadratic. */
const MAX_TAGS = 5000;

/** Nodes whose children are phrasing content: raw HTML in them is parsed as one fragment. */
const PHRASING_HOLDERS = new Set(["paragraph", "heading", "tableCell"]);

/**
 * Turns every raw `html` node of a Markdown tree, in place, into plain mdast
 * through an allowlist sanitizer: HTML blocks become headings, lists, tables
 * and paragraphs; HTML inside a paragraph becomes strong, emphasis, link,
 * image, break and text. Returns what was removed, where.
 */
export function sanitizeRawHtml(tree: Root, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  sanitizeChildren(tree, file, diagnostics);
  return diagnostics;
}

function sanitizeChildren(parent: Parent, file: string, diagnostics: Diagnostic[]): void {
  if (PHRASING_HOLDERS.has(parent.type)) {
    parent.children = sanitizePhrasing(parent.children as PhrasingContent[], file, diagnostics);
    return;
  }
  // Markdown blocks first, so the ones that end up inside an HTML element are already safe
  for (const child of parent.children) if ("children" in child && containsHtml(child)) sanitizeChildren(child, file, diagnostics);
  if (!parent.children.some((c) => c.type === "html")) return;
  parent.children = sanitizeRun(parent.children, file, diagnostics, (tree, kept) => toFlow(tree, kept)) as typeof parent.children;
}

function sanitizePhrasing(nodes: PhrasingContent[], file: string, diagnostics: Diagnostic[]): PhrasingContent[] {
  for (const node of nodes) {
    if ("children" in node && containsHtml(node)) node.children = sanitizePhrasing(node.children as PhrasingContent[], file, diagnostics) as typeof node.children;
  }
  if (!nodes.some((n) => n.type === "html")) return nodes;
  return sanitizeRun(nodes, file, diagnostics, (tree, kept) => toPhrasing(tree.children, kept));
}

/**
 * Parses a run of siblings with their HTML as one fragment, marks the gaps
 * its layout makes, sanitizes it and converts it back with `convert`.
 */
function sanitizeRun<T extends RootContent>(nodes: T[], file: string, diagnostics: Diagnostic[], convert: (safe: HastRoot, kept: T[]) => T[]): T[] {
  const tags = nodes.reduce((sum, n) => sum + (n.type === "html" ? (n.value.match(/</g)?.length ?? 0) : 0), 0);
  if (tags > MAX_TAGS) return dropMarkup(nodes, file, diagnostics);
  try {
    const { tree, kept } = parseMixedHtml(nodes);
    markSeparators(tree);
    // a root stays a root: the sanitizer only replaces what it removes
    const safe = sanitize(tree, CV_SCHEMA) as HastRoot;
    diagnostics.push(...reportRemovals(tree, safe, file));
    return convert(safe, kept);
  } catch (e) {
    // only nesting deep enough to exhaust the stack gets here; dropping the markup is the safe answer
    if (!(e instanceof RangeError)) throw e;
    return dropMarkup(nodes, file, diagnostics);
  }
}

/** Keeps the Markdown around HTML that is too big or too deep to parse safely, and none of the HTML. */
function dropMarkup<T extends RootContent>(nodes: T[], file: string, diagnostics: Diagnostic[]): T[] {
  const at = nodes.find((n): n is T & Html => n.type === "html")?.position?.start;
  const message = `removed this HTML without reading it: more than ${MAX_TAGS} tags in one run of HTML, or nesting too deep to read safely; write this part as plain Markdown`;
  diagnostics.push(diagnose(file, "warning", "html-too-complex", message, at && { line: at.line, column: at.column }));
  return nodes.filter((n) => n.type !== "html");
}

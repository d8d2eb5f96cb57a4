import type { Root } from "mdast";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { containsHtml } from "./contains-html.js";
import { neutralizeUrls } from "./unsafe-urls.js";

/**
 * Makes a Markdown tree safe in place: every raw `html` node becomes plain
 * mdast (strong, emphasis, link, break, text) through an allowlist
 * sanitizer, remote images become their alt text, and links that are not
 * http(s), mailto or tel become their text. Returns what was removed, where.
 * The HTML parser (parse5, with hast's tables of elements and properties) is
 * loaded only for a tree that has raw HTML: initialising it was ~4 % of an
 * HTML-only build of a Markdown CV without any.
 */
export async function sanitizeHtmlInTree(tree: Root, file: string): Promise<Diagnostic[]> {
  const diagnostics = containsHtml(tree) ? (await import("./raw-html.js")).sanitizeRawHtml(tree, file) : [];
  diagnostics.push(...neutralizeUrls(tree, file));
  return diagnostics.sort(byPosition);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0);
}

import type { Nodes, PhrasingContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import { escapeHtml, escapeLatex } from "./escape.js";
import type { Target } from "./target.js";

/** Only these schemes become links; anything else prints as text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * Renders a string that may hold light inline Markdown (**bold**, *em*, `code`,
 * [text](url)) for the target. Block structure in the string is flattened: the
 * string is one field of an entry, not a document.
 */
export function renderInline(source: string, target: Target): string {
  if (!/[*_`[\]<\\]/.test(source)) return escapeFor(source, target);
  return renderNodes(parseInline(source), target).trim();
}

/**
 * The HTML and the LaTeX of a résumé render the same strings: each is parsed
 * once: from-markdown costs ~0.5 ms a call even for a short string, more
 * while cold, and in a batch of fifty these calls took ~200 ms of vitae's
 * ~2.7 s of CPU.
 */
const parsedInline = new Map<string, readonly Nodes[]>();
const PARSED_INLINE_KEPT = 1000;

function parseInline(source: string): readonly Nodes[] {
  let nodes = parsedInline.get(source);
  if (!nodes) {
    // the strings of the résumés being built now; a long watch session must not keep every edit's
    if (parsedInline.size >= PARSED_INLINE_KEPT) parsedInline.clear();
    nodes = fromMarkdown(source).children as Nodes[];
    parsedInline.set(source, nodes);
  }
  return nodes;
}

function escapeFor(text: string, target: Target): string {
  return target === "html" ? escapeHtml(text) : escapeLatex(text);
}

function renderNodes(nodes: readonly Nodes[], target: Target): string {
  return nodes.map((node, i) => (i > 0 && isBlock(node) ? " " : "") + renderNode(node, target)).join("");
}

function isBlock(node: Nodes): boolean {
  return !["text", "strong", "emphasis", "delete", "inlineCode", "link", "break", "html"].includes(node.type);
}

function renderNode(node: Nodes, target: Target): string {
  const html = target === "html";
  switch (node.type) {
    case "text":
      return escapeFor(node.value, target);
    case "strong":
      return wrap(node.children, target, html ? ["<strong>", "</strong>"] : ["\\textbf{", "}"]);
    case "emphasis":
      return wrap(node.children, target, html ? ["<em>", "</em>"] : ["\\emph{", "}"]);
    case "delete":
      return wrap(node.children, target, html ? ["<s>", "</s>"] : ["", ""]);
    case "inlineCode":
      return html ? `<code>${escapeHtml(node.value)}</code>` : `\\texttt{${escapeLatex(node.value)}}`;
    case "break":
      return html ? "<br>" : " ";
    case "html":
      // raw HTML never reaches the output as markup: its text shows literally
      return escapeFor(node.value, target);
    case "link": {
      const label = renderNodes(node.children as Nodes[], target);
      if (!SAFE_LINK.test(node.url)) return label;
      return html ? `<a href="${escapeHtml(node.url)}">${label}</a>` : `\\href{${escapeUrlForLatex(node.url)}}{${label}}`;
    }
    default:
      if ("children" in node) return renderNodes(node.children as Nodes[], target);
      return escapeFor(toString(node), target);
  }
}

function wrap(children: PhrasingContent[], target: Target, [open, close]: [string, string]): string {
  return open + renderNodes(children as Nodes[], target) + close;
}

const URL_IN_LATEX: Record<string, string> = {
  "\\": "\\%5C",
  "{": "\\%7B",
  "}": "\\%7D",
  "^": "\\%5E",
  "~": "\\%7E",
  "#": "\\#",
  "%": "\\%",
  "&": "\\&",
  _: "\\_",
  // hyperref turns \$ into a macro name inside the link target, so it is percent-encoded like the others
  $: "\\%24",
};

/** Makes a URL safe inside \href's argument: TeX specials escaped or percent-encoded, spaces and controls dropped. */
export function escapeUrlForLatex(url: string): string {
  return url.replace(/[\s\u0000-\u001f\u007f]/g, "").replace(/[\\{}^~#%&_$]/g, (c) => URL_IN_LATEX[c]!);
}

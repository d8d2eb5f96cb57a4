import type { PhrasingContent } from "mdast";

/**
 * Inline content as a flat stream, whether it came from mdast phrasing nodes
 * or from raw HTML: text, breaks, and the opening and closing of the two
 * things structure is read from, bold and links. Other markup keeps only its text.
 */
export type InlineToken =
  | { type: "text"; value: string; line?: number; column?: number }
  | { type: "break" }
  | { type: "strong"; open: boolean }
  | { type: "link"; open: boolean; url?: string };

/** Flattens mdast phrasing content into tokens. */
export function tokenizePhrasing(nodes: readonly PhrasingContent[], out: InlineToken[] = []): InlineToken[] {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
      case "inlineCode":
        out.push({ type: "text", value: node.value, line: node.position?.start.line, column: node.position?.start.column });
        break;
      case "break":
        out.push({ type: "break" });
        break;
      case "strong":
        out.push({ type: "strong", open: true });
        tokenizePhrasing(node.children, out);
        out.push({ type: "strong", open: false });
        break;
      case "link":
        out.push({ type: "link", open: true, url: node.url });
        tokenizePhrasing(node.children, out);
        out.push({ type: "link", open: false });
        break;
      case "image":
        if (node.alt) out.push({ type: "text", value: node.alt });
        break;
      case "html":
        tokenizeHtml(node.value, out, node.position?.start.line);
        break;
      default:
        if ("children" in node) tokenizePhrasing(node.children as PhrasingContent[], out);
    }
  }
  return out;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>|<!--[\s\S]*?-->/g;

/** Tokenizes an HTML fragment: `<b>`/`<strong>` are bold, `<a href>` a link, `<br>`, `<p>`, `<li>` break lines. */
export function tokenizeHtml(html: string, out: InlineToken[] = [], line?: number): InlineToken[] {
  let last = 0;
  let lineNo = line;
  const pushText = (value: string) => {
    if (value) out.push({ type: "text", value: decodeEntities(value), line: lineNo });
    if (lineNo !== undefined) lineNo += (value.match(/\n/g) ?? []).length;
  };
  for (const m of html.matchAll(TAG)) {
    pushText(html.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === "/";
    const tag = (m[2] ?? "").toLowerCase();
    if (tag === "b" || tag === "strong") out.push({ type: "strong", open: !closing });
    else if (tag === "a") out.push({ type: "link", open: !closing, url: closing ? undefined : hrefOf(m[3] ?? "") });
    else if (/^(br|p|div|li|tr|h[1-6]|ul|ol|table)$/.test(tag)) out.push({ type: "break" });
  }
  pushText(html.slice(last));
  return out;
}

function hrefOf(attributes: string): string | undefined {
  return /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes)?.slice(1).find((v) => v !== undefined);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–" };

/** Decodes the few entities raw HTML in a CV uses; numeric ones too. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

import type { PhrasingContent } from "mdast";
import type { Span } from "./source-line.js";
import { onlyPictures } from "./picture-alt.js";

/** How a run of text is set: bold, italic, code, or inside a link. */
export type Style = Omit<Span, "text">;

/**
 * Inline content as a flat stream (raw HTML has become mdast by now): text
 * with its style, breaks, and the opening and closing of the two things
 * structure is read from, bold and links.
 */
export type InlineToken =
  | { type: "text"; value: string; line?: number; column?: number; style: Style }
  | { type: "break" }
  | { type: "strong"; open: boolean }
  | { type: "link"; open: boolean; url?: string };

/**
 * Em and en spaces (`&emsp;`, and the gap the sanitizer marks beside a
 * right-floated date or an icon) set two phrases apart the way a tab does.
 */
const WIDE_SPACE = /[\u2000-\u2003]+/g;
/** No-break spaces that came from entities (`&nbsp;`), after the source text itself was normalized. */
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/g;

const spaced = (value: string) => value.replace(WIDE_SPACE, "\t").replace(NO_BREAK_SPACE, " ");

/**
 * "↩︎", "↗", "🔗", "¶": a link drawn as an arrow or a link sign after a role, a school or a heading points on to
 * another page and says nothing: its address is kept, its sign is not, which would end the employer's or the degree's name.
 */
const POINTER_ONLY = /^[\s\u2190-\u21FF\u2794-\u27BF\u2900-\u297F\u2B00-\u2BFF\u{1F517}\u00B6\uFE0E\uFE0F]+$/u;
const textOf = (nodes: readonly PhrasingContent[]): string => nodes.map((n) => ("value" in n ? n.value : "children" in n ? textOf(n.children as PhrasingContent[]) : "")).join("");

/** Flattens mdast phrasing content into tokens. */
export function tokenizePhrasing(nodes: readonly PhrasingContent[], out: InlineToken[] = [], style: Style = {}): InlineToken[] {
  for (const [i, node] of nodes.entries()) {
    switch (node.type) {
      case "text":
      case "inlineCode": {
        const set = node.type === "inlineCode" ? { ...style, code: true } : style;
        out.push({ type: "text", value: spaced(node.value), line: node.position?.start.line, column: node.position?.start.column, style: set });
        break;
      }
      case "break":
        out.push({ type: "break" });
        break;
      case "strong":
        out.push({ type: "strong", open: true });
        tokenizePhrasing(node.children, out, { ...style, strong: true });
        out.push({ type: "strong", open: false });
        break;
      case "emphasis":
        tokenizePhrasing(node.children, out, { ...style, emphasis: true });
        break;
      case "link":
        out.push({ type: "link", open: true, url: node.url });
        if (!POINTER_ONLY.test(textOf(node.children))) tokenizePhrasing(node.children, out, { ...style, url: node.url });
        out.push({ type: "link", open: false });
        break;
      case "image": {
        // "<img alt="Acme logo"> Acme — Engineer": a logo's alt text names the picture of what the words after it say
        if (!node.alt || onlyPictures(node.alt, textOf(nodes.slice(i + 1)))) break;
        // "![mail](mail.png)[jo@example.org](mailto:…)": an icon's alt text set right before the value it marks is a
        // word of its own, not the value's first letters ("mailjo@example.org")
        const next = nodes[i + 1];
        const glued = next !== undefined && !/^\s/.test("value" in next ? next.value : "children" in next ? textOf(next.children as PhrasingContent[]) : "");
        out.push({ type: "text", value: glued ? `${node.alt} ` : node.alt, style });
        break;
      }
      default:
        if ("children" in node) tokenizePhrasing(node.children as PhrasingContent[], out, style);
    }
  }
  return out;
}

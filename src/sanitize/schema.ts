import type { Schema } from "hast-util-sanitize";

/** Tags that stay as formatting: they become strong, emphasis, links and line breaks. */
const FORMATTING_TAGS = ["b", "strong", "i", "em", "u", "br", "sup", "sub", "a", "s", "del", "code", "small", "span"];

/** Tags that shape text into blocks: headings, lists, tables, paragraphs, or lines of a paragraph. */
export const BLOCK_TAGS = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tr", "hr", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "center", "details", "summary"];

/** Cell tags: their text is kept, separated by a space. */
export const CELL_TAGS = ["td", "th"];

/** Tags removed together with everything inside them: their content is code, styling or a form, never CV text. */
export const STRIPPED_TAGS = [
  "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
  "form", "input", "button", "select", "option", "textarea", "svg", "math", "title", "head", "audio", "video", "canvas",
];

/** The tag name of a placeholder for a Markdown node that passed through the HTML parser untouched. */
export const KEPT_TAG = "vitae-kept";

/**
 * The allowlist raw HTML in a CV is cut down to. Only what vitae reads back
 * as text or formatting survives; everything else is removed by
 * hast-util-sanitize, never by hand-written patterns.
 */
export const CV_SCHEMA: Schema = {
  tagNames: [...FORMATTING_TAGS, ...BLOCK_TAGS, ...CELL_TAGS, "img", KEPT_TAG],
  attributes: {
    a: ["href"],
    img: ["src", "alt"],
    // whether a <details> starts unfolded: harmless, and reporting it on every section of a README is noise
    details: ["open"],
    // harmless and common in pasted HTML; vitae never prints them, so removing them would only be noise
    "*": ["className", "id", "lang", "dir", "title", "align", "width", "height"],
  },
  protocols: { href: ["http", "https", "mailto"], src: ["http", "https"] },
  strip: STRIPPED_TAGS,
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";

/** A web page's head: its title, metadata, styles and scripts, none of which is the CV's text. */
const HEAD = /<head\b[^>]*>[^]*?<\/head\s*>/iu;

/**
 * A web page (`.html`) made ready for the Markdown reader, whose HTML blocks the sanitizer reads as structure. Its
 * head is left out, with one note that says so instead of a warning for each tag in it; and its lines lose their
 * indentation, since a pretty-printed page indents text four spaces and more, which Markdown would take for code.
 * Every line keeps its number.
 */
export function prepareHtmlPage(text: string, file: string): { text: string; diagnostics: Diagnostic[] } {
  const head = HEAD.exec(text);
  const withoutHead = head ? text.slice(0, head.index) + head[0].replace(/[^\n]/g, "") + text.slice(head.index + head[0].length) : text;
  const line = head ? text.slice(0, head.index).split("\n").length : 1;
  const note = head ? [diagnose(file, "info", "html-head-skipped", "left out the page's <head> (its title, metadata, styles and scripts): a CV's text is in its <body>", { line, column: 1 })] : [];
  return { text: withoutHead.replace(/^[ \t]+/gm, ""), diagnostics: note };
}

/** Escaping for each output target, done once in code so templates never see raw user text. */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;", "=": "&#61;" };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]!);
}

const LATEX_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "#": "\\#",
  "^": "\\textasciicircum{}",
  _: "\\_",
  "%": "\\%",
  "~": "\\textasciitilde{}",
  // `[` right after a macro would be read as an optional argument
  "[": "{[}",
  "]": "{]}",
};

/**
 * Escapes text for LaTeX so that it prints literally and runs nothing: every
 * special character becomes a literal, control characters (which TeX may read
 * as ^^-notation or active characters) are dropped, line breaks become spaces.
 * Unicode stays Unicode: xelatex typesets it directly.
 */
export function escapeLatex(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/[\\{}$&#^_%~[\]]/g, (c) => LATEX_ESCAPES[c]!);
}

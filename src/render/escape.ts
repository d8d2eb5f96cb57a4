/** Escaping for each output target, done once in code so templates never see raw user text. */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;", "=": "&#61;" };

/** Characters an HTML parser reports as errors in the input stream: controls, noncharacters, lone surrogates. */
const NOT_IN_HTML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** Escapes text for HTML element content and quoted attribute values; characters HTML forbids are dropped. */
export function escapeHtml(text: string): string {
  return text.replace(NOT_IN_HTML, "").replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]!);
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
  // the TeX ligatures of fontspec's default font setup would print it as an opening quote
  "`": "\\textasciigrave{}",
  // …and this one as a closing curly quote
  '"': "\\textquotedbl{}",
};

/** Symbols the text fonts (Noto Serif and Sans) lack, set from the math font instead of as empty boxes. */
const LATEX_MATH_SYMBOLS: Record<string, string> = {
  "≥": "\\ensuremath{\\geq}",
  "≤": "\\ensuremath{\\leq}",
  "≠": "\\ensuremath{\\neq}",
  "≈": "\\ensuremath{\\approx}",
  "→": "\\ensuremath{\\rightarrow}",
  "←": "\\ensuremath{\\leftarrow}",
  "∞": "\\ensuremath{\\infty}",
};

/**
 * Escapes text for LaTeX so that it prints literally and runs nothing: every
 * special character becomes a literal, control characters (which TeX may read
 * as ^^-notation or active characters) are dropped, line breaks become spaces.
 * Unicode stays Unicode: xelatex typesets it directly.
 */
export function escapeLatex(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
    // TeX ends input lines at CR as well as LF: a blank line inside a macro argument is a \par and a fatal error
    .replace(/\s*[\n\r]\s*/g, " ")
    .replace(/[\\{}$&#^_%~[\]`"]/g, (c) => LATEX_ESCAPES[c]!)
    // "--" would become an en dash through the same ligatures: "--help" stays two hyphens
    .replace(/-(?=-)/g, "-{}")
    .replace(/[≥≤≠≈→←∞]/g, (c) => LATEX_MATH_SYMBOLS[c]!);
}

/*
 * Markdown's signs, strong and weak. A `.txt` is read as Markdown on the strong ones, counted line by line
 * (detect-format.ts); a `.md` is read as plain text only when it holds none of them, not even a weak one.
 */

/** A strong sign: an ATX heading with its text, tested line by line. */
export const ATX_HEADING = /^#{1,6}\s+\S/;
/** A strong sign: `**bold**` within one line. */
export const STRONG_EMPHASIS = /\*\*[^*\n]+\*\*/;
/** A strong sign: an inline link to a web, mail or relative address. */
export const INLINE_LINK = /\[[^\]\n]+\]\((?:https?:|mailto:|\/|\.)[^)\s]*\)/;
/** A strong sign: YAML front matter, tested on the whole text. */
export const FRONT_MATTER = /^---\n[\s\S]*?\n---$/m;

/**
 * Any mark of Markdown's syntax, each tested on the whole text: a heading (ATX or underlined), a list item, a quote, a
 * fence, a rule, emphasis, code, a link or autolink, a table's row or an HTML tag.
 */
const ANY_MARKDOWN: RegExp[] = [
  /^ {0,3}#{1,6}(?:\s|$)/m,
  /^ {0,3}(?:=+|-+|\*{3,}|_{3,})\s*$/m,
  /^\s*(?:[-*+]|\d{1,3}[.)])\s+\S/m,
  /^ {0,3}>/m,
  /^ {0,3}(?:```|~~~)/m,
  /(?:\*\*|__)\S/,
  /(?:^|[\s(])[*_][^\s*_]/m,
  /`[^`\n]+`/,
  /\[[^\]\n]*\](?:\(|\[|:)/,
  /<(?:https?:|mailto:|[a-zA-Z][\w-]*(?:\s[^>\n]*)?\/?>|\/[a-zA-Z])/,
  /^\s*\|.*\|\s*$/m,
];

/**
 * True when a text holds no mark of Markdown at all: what a `.md` file holds when its owner pasted a CV's plain text
 * into it (a LinkedIn PDF export's text, a Word CV saved as text). Read as Markdown, each run of lines would be one
 * paragraph and a title alone on its line no heading; the plain-text reader finds its titles and keeps its lines.
 */
export function holdsNoMarkdown(text: string): boolean {
  return text.trim() !== "" && !ANY_MARKDOWN.some((sign) => sign.test(text));
}

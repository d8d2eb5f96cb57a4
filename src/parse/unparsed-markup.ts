/**
 * Markup vitae's Markdown parser leaves as text (it reads no GFM extension but tables and bare links): pandoc's and
 * Quarto's attributes, and GFM's strikethrough.
 *
 * Pandoc's and Quarto's attributes: "# Experience {#exp .unnumbered}", "# Skills {-}", pagedown's
 * "Education {data-icon=graduation-cap}", a bracketed span "[2019–2021]{.year}". They set an id, a class or a
 * setting on what they follow and are no words of the CV; a heading that keeps them is no section's title.
 */
const SPAN = /\[([^[\]\n]+)\]\{(?:[.#][\w-]|[\w-]+=)[^{}\n]*\}/g;
const ATTRIBUTES = / *\{(?:-|(?:[.#][\w-]|[\w-]+=)[^{}\n]*)\}/g;

/** "~~gbelt: a GitHub tool~~ (deprecated)": struck-through words are still the CV's; the tildes are not. */
const STRUCK = /(?<!~)~~(?=[^\s~])([^~\n]*[^\s~])~~(?!~)/g;

/** `text` without the markup the parser would leave as text: pandoc's attributes (a bracketed span reduced to its words) and strikethrough's tildes. */
export function withoutUnparsedMarkup(text: string): string {
  const unstruck = text.includes("~~") ? text.replace(STRUCK, "$1") : text;
  if (!unstruck.includes("]{") && !/ \{[-.#\w]/.test(unstruck)) return unstruck;
  return unstruck.replace(SPAN, "$1").replace(ATTRIBUTES, "");
}

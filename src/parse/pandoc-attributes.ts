/**
 * Pandoc's and Quarto's attributes: "# Experience {#exp .unnumbered}", "# Skills {-}", pagedown's
 * "Education {data-icon=graduation-cap}", a bracketed span "[2019–2021]{.year}". They set an id, a class or a
 * setting on what they follow and are no words of the CV; a heading that keeps them is no section's title.
 */
const SPAN = /\[([^[\]\n]+)\]\{(?:[.#][\w-]|[\w-]+=)[^{}\n]*\}/g;
const ATTRIBUTES = / *\{(?:-|(?:[.#][\w-]|[\w-]+=)[^{}\n]*)\}/g;

/** `text` without pandoc's attributes, a bracketed span reduced to its words. */
export function withoutPandocAttributes(text: string): string {
  if (!text.includes("]{") && !/ \{[-.#\w]/.test(text)) return text;
  return text.replace(SPAN, "$1").replace(ATTRIBUTES, "");
}

/**
 * Unicode clean-up shared by both parsers. NFKC folds ligatures (ﬁ → fi),
 * full-width punctuation and digits into their plain forms, which every later
 * pattern assumes; it keeps CJK text and accents as they are.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .normalize("NFKC");
}

/** Collapses runs of spaces and trims; a wide gap aligns a column as a tab does, so it becomes one. */
export function tidySpaces(text: string): string {
  return text.replace(/ {3,}/g, "\t").replace(/[ \f\v]+/g, " ").replace(/ *\t[ \t]*/g, "\t").trim();
}

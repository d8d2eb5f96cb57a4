/** How place names are compared: lower case, accents and dots dropped ("São Paulo" = "sao paulo", "U.S.A." = "usa"). */
export function foldName(text: string): string {
  const lower = text.toLowerCase();
  // most names are plain ASCII: normalising 150,000 of them costs ten times the lookup
  const plain = /^[\x20-\x7e]*$/.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}/gu, "");
  // most have no dot and only single spaces, and the look-ups of one phrase fold it several times
  if (!SPACED_OR_DOTTED.test(plain)) return plain.trim();
  return plain.replace(/\./g, "").replace(/\s+/g, " ").trim();
}

/** A dot, two white-space characters in a row, or one that is not a plain space: what the full folding changes besides the ends. */
const SPACED_OR_DOTTED = /\.|\s\s|[^\S ]/;

import { PARTICLES, splitAuthors } from "./author-lists.js";

/** "A. B. Doe", "J.-P. Roe*", "K. van der Berg": one author as IEEE and ACM write them, the initials (each with its stop) first. */
const NAME = `(?:\\p{Lu}\\.\\s?-?){1,3}\\s?(?:(?:${PARTICLES})\\s+)*\\p{Lu}[\\p{L}'’-]+[*∗†‡]*`;
/**
 * "A. Roe, B. Marsh, and C. Dunmore, Title, Venue, vol. 9, 2024": the authors, a comma between them, "and" before the last
 * maybe, then a comma and the title, which may open in lower case ("qtune: Tuning …"); a year after them ("J. Doe,
 * K. Roe, 2019, Title") makes it an author-date citation, and a last name ended by a stop ("L. Brandt, S. Keller. Title.")
 * one whose authors end at that stop, read elsewhere.
 */
const AUTHORS = new RegExp(`^((?:${NAME},\\s+(?:and\\s+|&\\s+)?)*(?:${NAME})(?:,?\\s+et al\\.?)?),\\s+(?!(?:19|20)\\d{2}\\b|(?:and\\s+|&\\s+)?${NAME}\\s*[.,;:])(?=\\S)`, "u");

/**
 * Where a title written without quotes ends in what follows the authors: at the first comma before a capitalised word
 * (the venue's: "…, Journal of Coastal Dynamics, vol. 31") or a brand ("…, arXiv preprint"), once the title has a few words
 * ("Nuts, Bolts, and Beams" lists its own), or at the first full stop before that ("Title. In Proc. …").
 */
function titleEnd(body: string): number {
  const stop = /(?<!\b\p{Lu})\.\s+(?=\p{Lu}|\p{Ll}+\p{Lu})/u.exec(body)?.index ?? body.length;
  for (const m of body.matchAll(/,\s+(?!(?:and|or)\s)(?=[\p{Lu}\d]|\p{Ll}+\p{Lu})/gu)) {
    if (m.index >= stop) break;
    if (body.slice(0, m.index).split(/\s+/).length >= 3) return m.index;
  }
  return stop;
}

/**
 * "A. Roe, B. Marsh, and C. Dunmore, Sparse Lattices for Tidal Mixing, Journal of Invented Flows, vol. 19, 2024.": a citation
 * whose authors are written initials first and end at a comma, as IEEE's and many engineers' CVs write them, split into
 * the authors, the title (quoted, for the caller to read, or up to the venue) and the rest; undefined for any other text.
 */
export function initialsFirstCitation(text: string): { authors: string[]; body: string; title?: string; rest: string } | undefined {
  const m = AUTHORS.exec(text);
  if (!m) return undefined;
  const authors = splitAuthors(m[1]!);
  const body = text.slice(m[0].length);
  if (/^[“"‘]/.test(body)) return { authors, body, rest: "" };
  // "A. Roe, B. Marsh, C Dunmore, D. Pell, …": an initial without its stop broke the list, and what follows is no title
  if (/^\p{Lu}\.?\s\p{Lu}[\p{L}'’-]+,/u.test(body)) return undefined;
  const end = titleEnd(body);
  return { authors, body, title: body.slice(0, end), rest: body.slice(end + 1) };
}

import { monthOf } from "../extract/month-names.js";

/**
 * pdftotext sometimes sets a right-aligned date straight against the text left of it, with no space between: the
 * LaTeXTemplates résumé's `\rSubsection` ("{\bf Boston College} \hfill {\em September 2015 - May 2017}") comes out
 * as "Boston CollegeSeptember 2015 - May 2017", and the employer reads "Boston CollegeSeptember". A word that ends in
 * a lower-case letter or a full stop ("Acme Co.October 2018") and runs on into a capitalised month name before a year
 * is such a join: a column gap goes back between them.
 */
const GLUED_MONTH = /(?<=\p{L}[\p{Ll}.])(\p{Lu}\p{Ll}{2,8})(?=\.?,?\s+(?:19|20)\d\d(?!\d))/gu;

/** `text` with a column gap set back before each month name glued to the word before it. */
export function spaceGluedDates(text: string): string {
  return text.replace(GLUED_MONTH, (month: string) => (monthOf(month) ? `   ${month}` : month));
}

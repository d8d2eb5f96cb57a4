/**
 * A word set in faked small capitals (a font with no small-caps face, as Charter under Jake's résumé's `\scshape`
 * headings): its first letter full size, the rest smaller capitals, which pdftotext parts with a space
 * ("E XPERIENCE", "P ROFESSIONAL S UMMARY", "V ISHAL R AJPUT"). A line made only of such words, maybe joined by
 * "&", "|" or "/", is a heading or the name; each word is made whole again.
 */
const SPLIT_WORD = String.raw`\p{Lu} \p{Lu}{2,}[\p{Lu}'\u2019.-]*`;
const SPLIT_LINE = new RegExp(String.raw`^[ \f]*${SPLIT_WORD}(?: +(?:[&|/] +)?${SPLIT_WORD})*[ ]*$`, "u");
const SPLIT_WORDS = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}) (?=\p{Lu}{2,})`, "gu");

/** Joins the words of the lines set in faked small capitals; other lines stay as they are. */
export function joinSplitCapitals(text: string): string {
  return text.replace(/^.*$/gmu, (line) => (SPLIT_LINE.test(line) ? line.replace(SPLIT_WORDS, "$1") : line));
}

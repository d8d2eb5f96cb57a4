/**
 * A word set in faked small capitals (a font with no small-caps face, as Charter under Jake's résumé's `\scshape`
 * headings): its first letter full size, the rest smaller capitals, which pdftotext parts with a space
 * ("E XPERIENCE", "P ROFESSIONAL S UMMARY", "V ISHAL R AJPUT"). A line made only of such words, maybe joined by
 * "&", "|" or "/", is a heading or the name; each word is made whole again.
 */
const SPLIT_WORD = String.raw`\p{Lu} \p{Lu}{2,}[\p{Lu}'\u2019.-]*`;
const SPLIT_LINE = new RegExp(String.raw`^[ \f]*${SPLIT_WORD}(?: +(?:[&|/] +)?${SPLIT_WORD})*[ ]*$`, "u");
const SPLIT_WORDS = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}) (?=\p{Lu}{2,})`, "gu");

/**
 * "W ORK EXPERIENCE", "J ANUARY 2023 – P RESENT", "M OBI S YS 2019": a heading or a date set in small capitals whose
 * words were not all capitalised in the source (tccv's `\textsc{work experience}`), so that only some are parted; its
 * other words are capitals too, or numbers and dashes, and it opens with a parted word, as a sentence-cased title
 * does. A letter that is a word alone in many languages ("A", "E", "I", "O", "U", "Y": "CURSOS E APRIMORAMENTOS",
 * "A NEW APPROACH") or one after an apostrophe ("PRESIDENT’S VOLUNTEER") stays apart.
 */
const CAPITALS_OR_NUMBER = String.raw`(?:\p{Lu}{2,}[\p{Lu}'\u2019.-]*|\d{1,4}[.,]?|[\u2013\u2014-])`;
const MIXED_LINE = new RegExp(String.raw`^[ \f]*${SPLIT_WORD}(?: +(?:[&|/] +)?(?:${SPLIT_WORD}|${CAPITALS_OR_NUMBER}))*[ ]*$`, "u");
const PARTED_NO_WORD = new RegExp(String.raw`(?<![\p{L}'\u2019])([B-DF-HJ-NP-TV-XZ]) (?=\p{Lu}{2,})`, "gu");

/** Joins the words of the lines set in faked small capitals; other lines stay as they are. */
export function joinSplitCapitals(text: string): string {
  return text.replace(/^.*$/gmu, (line) => {
    if (SPLIT_LINE.test(line)) return line.replace(SPLIT_WORDS, "$1");
    return MIXED_LINE.test(line) ? line.replace(PARTED_NO_WORD, "$1") : line;
  });
}

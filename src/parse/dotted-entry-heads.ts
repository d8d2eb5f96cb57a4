import awarders from "../extract/vocabulary/awarder-words.json" with { type: "json" };
import { ROLE_WORDS } from "../extract/vocabulary.js";
import { DEGREE } from "../extract/degrees.js";
import { vocabularyWords } from "../extract/word-trie.js";

const AWARD_NOUNS = new Set(vocabularyWords(awarders.awardNouns));

/**
 * "Product Specialist. . . . .", "Master's in Informatics. . . . .", "Research Grant. . . . .": moderncv banking sets each
 * entry's title with dots run on to the line's end, as it sets its sub-section titles ("Other. . . . ."). A title that
 * names a role, a degree or an award is the entry's head, which a sub-section title never does.
 */
export function namesEntryHead(dotted: string): boolean {
  const title = dotted.replace(/(?:\s*\.)+\s*$/u, "").trim();
  const words = title.toLowerCase().split(/\s+/);
  return ROLE_WORDS.test(title) || DEGREE.test(title) || words.some((w, i) => AWARD_NOUNS.has(w) || AWARD_NOUNS.has(`${w} ${words[i + 1] ?? ""}`));
}

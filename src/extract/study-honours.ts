import honours from "./vocabulary/study-honours.json" with { type: "json" };
import type { Entry } from "./layout/lines.js";
import { DEGREE } from "./degrees.js";
import { SCHOOL_WORDS } from "./vocabulary.js";
import { trieSource, vocabularyWords } from "./word-trie.js";

const HONOUR_WORDS = vocabularyWords(honours);
/** An honour's word standing as a word of its own ("Dean's List", "… Scholarship", "Prix …"). */
const HONOUR = new RegExp(`(?<![\\p{L}\\p{N}])(?:${trieSource(HONOUR_WORDS)})(?![\\p{L}\\p{N}])`, "iu");

/** Whether the text names an honour of study ("Dean's List", "Merit Scholarship"). */
export const namesHonour = (text: string): boolean => HONOUR.test(text);

/**
 * "Dean's List of Distinguished Students at Northfield College (2010)" or "Harper Memorial Scholarship (2008)" on a
 * line of its own under "B.S. in Physics, Northfield College (2011)": an entry of an education section whose header
 * opens with an honour and whose lines name no degree tells of a study, it is none; its school, when named after the
 * honour, is where the honour was won. A header led by its school ("Northmoor University, Full Scholarship") is a
 * study that says how it was paid for.
 */
export function namesHonourAlone(entry: Entry): boolean {
  const head = entry.head.map((l) => l.text).join(" ");
  const honour = HONOUR.exec(head);
  const school = SCHOOL_WORDS.exec(head);
  return !!honour && (!school || honour.index < school.index) && ![...entry.head, ...entry.body].some((l) => DEGREE.test(l.text));
}

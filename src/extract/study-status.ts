import statuses from "./vocabulary/study-statuses.json" with { type: "json" };
import dateWords from "./vocabulary/dates.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/** The statuses of the vocabulary, and the words for now, for a date to come and for how a study ended ("cursando", "expected"). */
const WORDS = [
  ...Object.entries(statuses).flatMap(([key, words]) => (key === "about" ? [] : (words as string[]))),
  ...[dateWords.present, dateWords.expected, dateWords.outcomes].flatMap((lists) => Object.values(lists).flat()),
];
/** "… (graduated)", "… (not completed)", "…（在读）": a study's status in brackets closing a phrase. */
const CLOSING_STATUS = new RegExp(`\\s*[(（]\\s*(${trieSource(WORDS)})\\s*[)）]\\s*$`, "iu");

/**
 * "Eastvale University of Technology, Eastvale (graduated)", "Universidade Exemplo (cursando)": how the study stands,
 * said in brackets after the school or its town, is a phrase of its own (the word, without its brackets), so that the town before it reads as the
 * school's place and the school's name keeps no bracket that is not its own; the status is said with the entry.
 */
export function withStudyStatusApart(phrase: string): string[] {
  const status = CLOSING_STATUS.exec(phrase);
  if (!status || status.index === 0) return [phrase];
  // "Keio University, (in progress)": the comma before the bracket set it apart and goes with it
  return [phrase.slice(0, status.index).replace(/\s*[,;]\s*$/u, ""), status[1]!];
}

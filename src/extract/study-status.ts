import statuses from "./vocabulary/study-statuses.json" with { type: "json" };
import dateWords from "./vocabulary/dates.json" with { type: "json" };
import { trieSource, vocabularyWords } from "./word-trie.js";

const STATUS_WORDS = vocabularyWords(statuses);
const STATUSES = new Set(STATUS_WORDS);
/** Whether a word says how a study stands or ended ("in progress", "cursando"), in lower case as the vocabulary writes it. */
export const isStudyStatus = (word: string) => STATUSES.has(word);

/** "(ongoing) in History", "in progress": a phrase that opens with how a study stands, bracketed or not. */
const OPENING_STATUS = new RegExp(`^\\s*[(（]?\\s*(?:${trieSource(STATUS_WORDS)})(?![\\p{L}])`, "iu");
export const opensWithStudyStatus = (text: string): boolean => OPENING_STATUS.test(text);

/**
 * The statuses of the vocabulary, and the words for a date to come and for how a study ended ("cursando", "expected").
 * Not every word for now: "nu", "nå", "hoy", "date" say the present in a range of dates, not a study's status, and a
 * short one in brackets is as often a school's initials ("Northwestern University (NU)").
 */
const WORDS = [
  ...STATUS_WORDS,
  ...[dateWords.expected, dateWords.outcomes].flatMap((lists) => Object.values(lists).flat()),
].filter((w) => w.replace(/\P{L}/gu, "").length > 3);
/** "… (graduated)", "… (not completed)": a study's status in brackets closing a phrase. */
const CLOSING_STATUS = new RegExp(`\\s*[(（]\\s*(${trieSource(WORDS)})\\s*[)）]\\s*$`, "iu");
/** "(NU)", "(EXP)": capitals alone in brackets are a school's short name. */
const INITIALS = /^\p{Lu}{2,4}\.?$/u;

/**
 * "Eastvale University of Technology, Eastvale (graduated)", "Universidade Exemplo (cursando)": how the study stands,
 * said in brackets after the school or its town, is a phrase of its own (the word, without its brackets), so that the
 * town before it reads as the school's place and the school's name keeps no bracket that is not its own; the status
 * is said with the entry.
 */
export function withStudyStatusApart(phrase: string): string[] {
  const status = CLOSING_STATUS.exec(phrase);
  if (!status || status.index === 0 || INITIALS.test(status[1]!)) return [phrase];
  // "Keio University, (in progress)": the comma before the bracket set it apart and goes with it
  return [phrase.slice(0, status.index).replace(/\s*[,;]\s*$/u, ""), status[1]!];
}

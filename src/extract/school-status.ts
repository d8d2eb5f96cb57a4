import dateWords from "./vocabulary/dates.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

const statusWords = [dateWords.present, dateWords.expected, dateWords.outcomes].flatMap((lists) => Object.values(lists).flat());

/** A bracket closing a school's phrase that says only how the study stands ("(cursando)", ", (in progress)"), with the comma before it. */
const STATUS = new RegExp(`[\\s,;]*[(（]\\s*(${trieSource(statusWords)})\\s*[)）]$`, "iu");

/**
 * "Universidade Exemplo (cursando)" → "Universidade Exemplo" and "cursando": Brazilian and Spanish CVs close the school
 * of a study under way with how it stands, in brackets, as English ones write "(in progress)" or "(expected)"; the
 * status says when, not who, so it is no part of the school's name. It is kept to be said with the entry.
 */
export function withoutSchoolStatus(school: string): { school: string; status?: string } {
  const m = STATUS.exec(school);
  return m && m.index > 0 ? { school: school.slice(0, m.index), status: m[1] } : { school };
}

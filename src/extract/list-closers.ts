import listClosers from "./vocabulary/list-closers.json" with { type: "json" };
import { vocabularyWords } from "./word-trie.js";

const CLOSERS = new Set(vocabularyWords(listClosers));
const TRAILING_DOTS = /(?:\.{1,3}|…)$/u;

/** "etc.", "and more…", "など", "…": an item that says its list goes on without naming one more. */
export function closesList(item: string): boolean {
  const text = item.trim();
  const bare = text.replace(TRAILING_DOTS, "").trim().toLowerCase();
  return bare ? CLOSERS.has(bare) : text.length > 0;
}

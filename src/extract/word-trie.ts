interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * A regex source matching any of `words`, factored by prefix so that a match costs one branch per
 * letter rather than one try per word; longer words are tried first ("present" before "pres").
 * Whitespace inside a word matches any run of whitespace.
 */
export function trieSource(words: string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      if (!node.next.has(ch)) node.next.set(ch, { end: false, next: new Map() });
      node = node.next.get(ch)!;
    }
    node.end = true;
  }
  return nodeSource(root);
}

/** `trieSource` of the words in lower case and with their first letter capitalised, as a sentence may start with them. */
export const eitherCase = (words: string[]) => trieSource(words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));

/** Every word of a vocabulary file's lists, one list a language, without its `about` note. */
export const vocabularyWords = (file: Record<string, unknown>): string[] =>
  Object.entries(file).flatMap(([key, words]) => (key === "about" ? [] : (words as string[])));

/** `text` as a regex source that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function nodeSource(node: Trie): string {
  const branches = [...node.next].map(([ch, child]) => escape(ch) + nodeSource(child));
  if (!branches.length) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  return node.end ? `(?:${body})?` : body;
}

const escape = (ch: string) => (/[\\^$.*+?()[\]{}|]/.test(ch) ? `\\${ch}` : /\s/.test(ch) ? "\\s+" : ch);

/**
 * Where a sentence ends: a full stop before a capital, except after an initial or an abbreviation
 * ("B.S. in", "Prof. Jane Doe", "U.S. Navy").
 */
const SENTENCE_END = /(?<!\b(?:[\p{Lu}]|[\p{Lu}]\.[\p{Lu}]|Prof|Dr|Mr|Mrs|Ms|St|vs|etc|e\.g|i\.e|Inc|Ltd|Jr|Sr|No))[.!?]["”’)]?\s+(?=[\p{Lu}"“(])/gu;

/**
 * The sentence of `text` that holds `index`, within its line: what a mention
 * in prose says, without the rest of the paragraph it sits in.
 */
export function sentenceAround(text: string, index: number): string {
  const lineStart = text.lastIndexOf("\n", index) + 1;
  const nl = text.indexOf("\n", index);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const offset = index - lineStart;
  let start = 0;
  let end = line.length;
  for (const m of line.matchAll(SENTENCE_END)) {
    const boundary = m.index + m[0].length;
    if (boundary <= offset) start = boundary;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return line.slice(start, end).trim();
}

/** Where the sentence that holds `index` starts in `text`, within its line. */
export function sentenceStart(text: string, index: number): number {
  const lineStart = text.lastIndexOf("\n", index) + 1;
  const line = text.slice(lineStart, index);
  let start = 0;
  for (const m of line.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return lineStart + start;
}

/**
 * "BayLibre. Conception hardware, revue de schémas…": a name run into the sentences that describe it, cut at the first
 * sentence end that has words after it, as [the name, what follows]; the text whole when none does.
 */
export function nameBeforeProse(text: string): [string, string | undefined] {
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = text.slice(m.index + m[0].length).trim();
    if (after.split(/\s+/).length >= 3) return [text.slice(0, m.index).trim(), after];
  }
  return [text, undefined];
}

/**
 * A function of a text whose answers are kept: the rules ask about the same phrase again and again
 * (places, countries, dates). Bounded, so that a huge source or a long batch cannot grow it without end;
 * when full it starts afresh, the document being read soon asking again what it needs.
 */
export function memoByText<T>(read: (text: string) => T, max = 4096): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known!;
    if (answers.size >= max) answers.clear();
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}

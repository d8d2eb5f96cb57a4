/**
 * Every match of a global pattern in `text`, as `text.matchAll(pattern)` gives
 * them from the start, without the copy of the pattern that matchAll makes for
 * each text: for the long patterns built from vocabularies (dates, degrees),
 * making that copy cost several times the matching itself. All are found
 * before any is returned, so a caller may use the pattern again meanwhile.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // an empty match would be found again where it is: step over one character, as matchAll does
    if (m[0] === "") pattern.lastIndex += pattern.unicode && isSurrogatePair(text, pattern.lastIndex) ? 2 : 1;
  }
  return found;
}

function isSurrogatePair(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

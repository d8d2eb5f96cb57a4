import type { SourceLine } from "../../parse/source-line.js";
import { hasDate, isBoldLabel, isSentence } from "./lines.js";

/** More sentences than this before a list are the section's text, not a line that introduces the list. */
const MAX_LEAD_IN = 3;

/**
 * "Here are some of the skills I have developed:", "Till now, I have worked in the following roles and companies:":
 * the undated sentences a personal page opens a section with, the last of them ending in a colon over the list it
 * introduces. They say what the list is; they are no entry of it (no skill, no job). Returns how many of the
 * section's first lines they are, 0 when it opens otherwise.
 */
export function leadInLength(lines: readonly SourceLine[]): number {
  let n = 0;
  while (n < lines.length && n < MAX_LEAD_IN && isLeadInSentence(lines[n]!)) n++;
  // the colon says a list follows; without it the sentences may be the entries themselves ("I worked at …")
  while (n > 0 && !/[:：]\s*$/.test(lines[n - 1]!.text)) n--;
  return n < lines.length ? n : 0;
}

function isLeadInSentence(l: SourceLine): boolean {
  return l.kind === "text" && l.depth === 0 && !l.cells && !hasDate(l) && !isBoldLabel(l) && isSentence(l.text.replace(/[:：]\s*$/, "."));
}

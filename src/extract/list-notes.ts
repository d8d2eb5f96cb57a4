/** Remarks about a list (a legend of its marks, where the full list is) said before or after its entries. */
import type { SourceLine } from "../parse/source-line.js";
import { hasDate } from "./layout/lines.js";
import { trieSource, vocabularyWords } from "./word-trie.js";
import listNotes from "./vocabulary/list-notes.json" with { type: "json" };

const NOTE_WORDS = new RegExp(`(?<![\\p{L}])(?:${trieSource(vocabularyWords(listNotes))})(?![\\p{L}])`, "iu");

/** More words than this make a paragraph of the section's own, not a remark on its list. */
const MAX_WORDS = 25;

/**
 * "\* denotes equal contribution", "See my Google Scholar profile for a full list.", "**A complete list of my papers
 * can be found [here](…).**": undated lines of a few words, no item of the list, at the section's start or end that
 * say something of the list (vocabulary/list-notes.json), in bold or not. They belong to no paper: read as one, a
 * legend joins the last paper's text and a pointer becomes a paper of its own (publications.ts reads a remark in
 * plain words among the papers, and keeps a bold title that speaks of papers). Returns the lines so read.
 */
export function findListNotes(lines: readonly SourceLine[]): Set<SourceLine> {
  const notes = new Set<SourceLine>();
  const isNote = (l: SourceLine) => l.kind === "text" && l.depth === 0 && !l.cells && !hasDate(l) && l.text.split(/\s+/).length <= MAX_WORDS && NOTE_WORDS.test(l.text);
  for (let i = 0; i < lines.length && isNote(lines[i]!); i++) notes.add(lines[i]!);
  for (let i = lines.length - 1; i >= 0 && isNote(lines[i]!); i--) notes.add(lines[i]!);
  return notes;
}

import clauses from "./vocabulary/consent-clauses.json" with { type: "json" };
import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { addCustomSection, note, type Draft } from "./draft.js";
import { trieSource } from "./word-trie.js";

/** Any of the clauses' phrases, in lower case: one pass over a line rather than one per phrase. */
const PHRASE = new RegExp(trieSource(Object.values(clauses.phrases).flat()));

/** "Wyrażam zgodę na przetwarzanie moich danych osobowych…", "Autorizzo il trattamento dei miei dati personali…". */
const isConsentClause = (line: SourceLine) => {
  if (line.text.length < 40) return false;
  return PHRASE.test(line.text.toLowerCase());
};

/**
 * The consent to the processing of personal data, taken out of the section it
 * closes (awards, interests, whatever came last): a formality of the document,
 * no entry of that section.
 */
export function takeConsentClauses(blocks: readonly SectionBlock[]): { blocks: SectionBlock[]; clauses: SourceLine[] } {
  const clauses = blocks.flatMap((b) => b.lines.filter(isConsentClause));
  return { blocks: clauses.length ? blocks.map((b) => ({ ...b, lines: b.lines.filter((l) => !clauses.includes(l)) })) : [...blocks], clauses };
}

/** Prints the consent clauses as written, in a section of their own after every other. */
export function placeConsentClauses(draft: Draft, clauses: readonly SourceLine[]): void {
  if (!clauses.length) return;
  note(draft, "info", "consent-clause", "read this line as the CV's consent to the processing of personal data: it is printed at the end, apart from the sections", clauses[0]!.position);
  addCustomSection(draft, "Consent", "other", clauses.map((l) => ({ summary: l.text })), clauses[0]!.position);
}

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Doubt } from "./explanation.js";

/**
 * The diagnostics that say a reading was guessed: the extractor weighed two
 * readings of a phrase and neither won clearly (`weak-evidence`), a line fell
 * through to a catch-all section, a date or a value could not be read.
 */
const DOUBTFUL = new Set(["weak-evidence", "catch-all", "unreadable-date", "invalid-value", "missing-name"]);

/** The doubts the extractor raised, by the line they concern; a line with several keeps the first. */
export function doubtsByLine(diagnostics: readonly Diagnostic[]): Map<number, Doubt> {
  const out = new Map<number, Doubt>();
  for (const d of diagnostics) {
    if (!DOUBTFUL.has(d.ruleId) || !d.position || d.ruleId === "missing-name") continue;
    if (!out.has(d.position.line)) out.set(d.position.line, toDoubt(d));
  }
  return out;
}

/** Doubts about the file as a whole: the name nobody could find. */
export function fileDoubts(diagnostics: readonly Diagnostic[]): Doubt[] {
  return diagnostics.filter((d) => d.ruleId === "missing-name").map(toDoubt);
}

/**
 * A diagnostic's message says what happened, then, after its last "; ", what
 * to do: that part is the edit that settles the reading.
 */
function toDoubt(d: Diagnostic): Doubt {
  const cut = d.message.lastIndexOf("; ");
  const [message, fix] = cut < 0 ? [d.message, "say it in the source in so many words"] : [d.message.slice(0, cut), d.message.slice(cut + 2)];
  return { ruleId: d.ruleId, message, fix };
}

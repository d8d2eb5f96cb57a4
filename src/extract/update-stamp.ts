import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import remarks from "./vocabulary/closing-remarks.json" with { type: "json" };
import { trieSource } from "./word-trie.js";
import { isDateOnly } from "./layout/lines.js";
import { findDates } from "./dates.js";
import { addCustomSection, note, type Draft } from "./draft.js";

const { about: _about, ...labels } = remarks.lastUpdated;
/** "Last updated:", "최종 수정 :", "Stand": a label of the date the CV was last changed, at a line's start. */
const LABEL = new RegExp(`^(?:${trieSource(Object.values(labels).flat())})(?![\\p{L}])\\s*[:：]?\\s*`, "iu");

/**
 * "*Last updated: March 2024*", "*최종 수정: 2025.07*", "(Stand: März 2024)": a line that says only when the CV was
 * last changed, which a Markdown CV often closes with under its last section. It says so of the document: read as an
 * entry it would be a school named "Last updated", and the section's other entries read in its layout.
 */
export function isUpdateStamp(line: SourceLine): boolean {
  return stampOf(line) !== undefined;
}

/** The stamp's label, as written without its colon ("Last updated"), and its date ("March 2024"). */
function stampOf(line: SourceLine): { label: string; date: string } | undefined {
  const text = line.text.trim().replace(/^[(（[]\s*|\s*[)）\]]$/gu, "");
  const label = LABEL.exec(text);
  const date = label ? text.slice(label[0].length) : "";
  // one date: "Updated 2019 – 2021" under a job is when it ran, the entry's dates
  return date !== "" && isDateOnly(date) && isSingleDate(date) ? { label: label![0].replace(/\s*[:：]?\s*$/u, ""), date } : undefined;
}

function isSingleDate(text: string): boolean {
  const dates = findDates(text);
  return dates.length === 1 && !dates[0]!.range;
}

/** The blocks without the lines that only say when the CV was last updated, and those lines. */
export function takeUpdateStamps(blocks: readonly SectionBlock[]): { blocks: SectionBlock[]; stamps: SourceLine[] } {
  const stamps = blocks.flatMap((b) => b.lines.filter((l) => l.kind === "text" && isUpdateStamp(l)));
  if (!stamps.length) return { blocks: [...blocks], stamps };
  return { blocks: blocks.map((b) => ({ ...b, lines: b.lines.filter((l) => !stamps.includes(l)) })), stamps };
}

/**
 * The stamps, said at their lines and kept as written, apart at the end where a CV prints them (a label over its
 * date); the first one's date is the résumé's meta.lastModified, as JSON Resume keeps it.
 */
export function placeUpdateStamps(draft: Draft, stamps: readonly SourceLine[]): void {
  for (const line of stamps) {
    const stamp = stampOf(line)!;
    note(draft, "info", "update-stamp", `read "${line.text.trim()}" as the date the document was last updated, no entry of its section: it is printed at the end`, line.position);
    addCustomSection(draft, stamp.label, "other", [{ summary: stamp.date }], line.position);
    const updated = findDates(stamp.date)[0]?.start;
    if (updated && !draft.resume.meta?.lastModified) (draft.resume.meta ??= {}).lastModified = updated;
  }
}

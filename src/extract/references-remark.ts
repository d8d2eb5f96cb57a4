import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { addCustomSection, note, type Draft } from "./draft.js";
import closingRemarks from "./vocabulary/closing-remarks.json" with { type: "json" };

const REFERENCES_ON_REQUEST = new Set(Object.values(closingRemarks.referencesOnRequest).flat());

/** "References available upon request.": the line, whole, a closing full stop and case aside. */
export const isReferencesRemark = (text: string) => REFERENCES_ON_REQUEST.has(text.trim().replace(/\.$/, "").toLowerCase());

/**
 * "References available upon request." closing a CV, as a line, an item or even a heading of its own: the document
 * speaking of itself, under whichever section comes last. Read with that section it would be a job's highlight, a
 * project or a school's summary; it is taken out before the sections are read (see placeReferencesRemark).
 */
export function takeReferencesRemark(blocks: readonly SectionBlock[]): { blocks: SectionBlock[]; remark?: SourceLine } {
  const last = blocks.at(-1);
  const line = last?.lines.at(-1);
  // (a document of one untitled block is all header: its reader keeps every line)
  if (!last || last.title === undefined || !line || !isReferencesRemark(line.text)) return { blocks: [...blocks] };
  return { blocks: [...blocks.slice(0, -1), { ...last, lines: last.lines.slice(0, -1) }], remark: line };
}

/** The remark, said at its line and kept as written under a title of its own, where a reader of the CV finds it. */
export function placeReferencesRemark(draft: Draft, remark: SourceLine | undefined): void {
  if (!remark) return;
  note(draft, "info", "references-remark", `read "${remark.text.trim()}" as the CV's closing word on references, no entry of its section: it is printed at the end`, remark.position);
  addCustomSection(draft, "References", "other", [{ summary: remark.text.trim() }], remark.position);
}

import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { hasFooterShape } from "../parse/site-footer.js";
import { addCustomSection, note, type Draft } from "./draft.js";
import site from "./vocabulary/site-furniture.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/** The lines a notice may take at the end: "Copyright 2019 Jane Doe" over "All rights reserved". */
const MOST_LINES = 2;

/**
 * "© 2024 Jane Doe", "Copyright 2019 Jane Doe. All rights reserved.": the notice closing a CV says whose the document
 * is, under whichever section comes last. Read with that section it would be a school named "Jane Doe", a job, or a
 * skill; it is taken out before the sections are read. Only a notice's own shape counts (a mark and its year, all
 * rights reserved): "Copyright Clearance Center" is an employer.
 */
export function takeCopyrightNotice(blocks: readonly SectionBlock[]): { blocks: SectionBlock[]; notice: SourceLine[] } {
  const last = blocks.at(-1);
  // (a document of one untitled block is all header: its reader keeps every line)
  if (!last || last.title === undefined) return { blocks: [...blocks], notice: [] };
  let from = last.lines.length;
  while (from > 0 && last.lines.length - from < MOST_LINES && isNotice(last.lines[from - 1]!)) from--;
  // a notice is set apart from the entries above it, and a section of nothing but a notice is no section to empty
  if (from === last.lines.length || from === 0 || !last.lines[from]!.gap) return { blocks: [...blocks], notice: [] };
  const notice = last.lines.slice(from);
  return { blocks: [...blocks.slice(0, -1), { ...last, lines: last.lines.slice(0, from) }], notice };
}

/** "©", "Copyright", "All rights reserved" opening the line: a site's "Built with React" closes a list of projects too. */
const MARK = new RegExp(`^(?:${trieSource([...site.copyright, ...site.reserved])})`, "iu");

/** "© 2024 Jane Doe", "Copyright 2019 Jane Doe. All rights reserved.": a copyright notice, by its mark and its shape. */
export const isCopyrightNotice = (text: string) => MARK.test(text.trim()) && hasFooterShape(text);

const isNotice = (l: SourceLine) => (l.kind === "text" || l.kind === "bullet") && isCopyrightNotice(l.text);

/**
 * The notice, said at its line and kept as written in a section of its own at the end: under its section's title
 * ("Experience (more)") it would read as part of the jobs.
 */
export function placeCopyrightNotice(draft: Draft, notice: readonly SourceLine[]): void {
  if (!notice.length) return;
  for (const line of notice) {
    note(draft, "info", "copyright-notice", `read "${line.text.trim()}" as the document's copyright notice, no entry of its section: it is printed at the end`, line.position);
  }
  addCustomSection(draft, "Copyright", "other", notice.map((l) => ({ summary: l.text.trim() })), notice[0]!.position);
}

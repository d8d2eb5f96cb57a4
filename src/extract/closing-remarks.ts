import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { hasFooterShape } from "../parse/site-footer.js";
import { addCustomSection, addEntry, note, type Draft } from "./draft.js";
import closing from "./vocabulary/closing-remarks.json" with { type: "json" };
import site from "./vocabulary/site-furniture.json" with { type: "json" };
import { trieSource } from "./word-trie.js";

/** The lines the remarks may take at the end: "Copyright 2019 Jane Doe" over "All rights reserved". */
const MOST_LINES = 2;

/** A closing remark's text as the vocabulary lists it: lower case, markup, a closing full stop and a LaTeX line break aside. */
const asListed = (text: string) =>
  text
    .replace(/^\\+\s*|[*_]/g, "")
    .trim()
    .replace(/\.$/, "")
    .toLowerCase();

const ON_REQUEST = Object.values(closing.referencesOnRequest).flat();
/** "Available upon request", "Sur demande": each phrase without the word for references it opens with, as a References section words it. */
const ON_REQUEST_UNDER_TITLE = new Set(ON_REQUEST.map((phrase) => phrase.replace(/^\S+\s+(?:are\s+)?/, "")));

/** "References available upon request.", "Referenzen auf Anfrage": the CV says that its references are given on request. */
export const isReferencesOnRequest = (text: string) => ON_REQUEST.includes(asListed(text));

/** "Available upon request." as the whole of a References section: no referee, the same remark. */
export const saysOnRequest = (text: string) => isReferencesOnRequest(text) || ON_REQUEST_UNDER_TITLE.has(asListed(text));

/** "©", "Copyright", "All rights reserved" opening the line: a site's "Built with React" closes a list of projects too. */
const MARK = new RegExp(`^(?:${trieSource([...site.copyright, ...site.reserved])})`, "iu");

/** "© 2024 Jane Doe", "Copyright 2019 Jane Doe. All rights reserved.": a copyright notice, by its mark and its shape. */
export const isCopyrightNotice = (text: string) => MARK.test(text.trim()) && hasFooterShape(text);

/** (a text that reads its titles from how lines look may make the remark a heading: "==== References available upon request") */
const isRemark = (l: SourceLine) => (l.kind === "text" || l.kind === "bullet" || l.kind === "subheading") && (isCopyrightNotice(l.text) || isReferencesOnRequest(l.text));

/**
 * "© 2024 Jane Doe", "References available upon request.": what the CV says of itself at its end, under whichever
 * section comes last. Read with that section it would be a school named "Jane Doe", a degree's note or a skill; it is
 * taken out before the sections are read. Only a notice's own shape counts (a mark and its year, all rights reserved):
 * "Copyright Clearance Center" is an employer.
 */
export function takeClosingRemarks(blocks: readonly SectionBlock[]): { blocks: SectionBlock[]; remarks: SourceLine[] } {
  const last = blocks.at(-1);
  // (a document of one untitled block is all header: its reader keeps every line)
  if (!last || last.title === undefined) return { blocks: [...blocks], remarks: [] };
  let from = last.lines.length;
  while (from > 0 && last.lines.length - from < MOST_LINES && isRemark(last.lines[from - 1]!)) from--;
  // a notice is set apart from the entries above it (the words of references on request say what they are without), and
  // a section of nothing but remarks is no section to empty
  const apart = last.lines[from]?.gap || isReferencesOnRequest(last.lines[from]?.text ?? "");
  if (from === last.lines.length || from === 0 || !apart) return { blocks: [...blocks], remarks: [] };
  const remarks = last.lines.slice(from);
  return { blocks: [...blocks.slice(0, -1), { ...last, lines: last.lines.slice(0, from) }], remarks };
}

/**
 * The remarks, each said at its line: a copyright notice kept as written in a section of its own at the end (under its
 * section's title, "Experience (more)", it would read as part of the jobs), references on request as the references.
 */
export function placeClosingRemarks(draft: Draft, remarks: readonly SourceLine[]): void {
  const notice = remarks.filter((l) => isCopyrightNotice(l.text));
  for (const line of remarks) {
    const text = line.text.trim();
    if (notice.includes(line)) note(draft, "info", "copyright-notice", `read "${text}" as the document's copyright notice, no entry of its section: it is printed at the end`, line.position);
    else {
      note(draft, "info", "references-on-request", `read "${text}" as what the CV says of its references, no entry of its section: it is printed as the references`, line.position);
      addEntry(draft, "references", { reference: text }, line.position);
    }
  }
  if (notice.length) addCustomSection(draft, "Copyright", "other", notice.map((l) => ({ summary: l.text.trim() })), notice[0]!.position);
}

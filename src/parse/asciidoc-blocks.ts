import { isContactOnly } from "./icon-contact.js";
import type { RawLine } from "./text-lines.js";

/** "== Experience", "|===": lines only an AsciiDoc file has at its margin ("== Experience ==" closes as a wiki's title does). */
const ASCIIDOC_MARK = /^(?:={2,5}\s+[^=\s](?:.*[^=\s])?\s*$|\|===\s*$)/;
/**
 * `[cols="<,^,>"]`, `[frame=ends, grid=none]`, `[.text-right]`, `[source,java]`: a block's attribute list, alone on
 * its line over the block it styles. A framed title ("[ EXPERIENCE ]") or a bracketed date ("[2016-2017] …") has
 * neither a setting's "=", a role's "." nor a style's comma.
 */
const ATTRIBUTE_LIST = /^\[(?:[.#%][\w-]|[\w-]+\s*=|[\w-]+,)[^\]]*\]$/u;
const HARD_BREAK = /\s+\+$/;
/** "==== (555) 010-4477": a section marker before a line that is only a contact, which heads nothing (see text-outline.ts). */
const CONTACT_AS_TITLE = /^={1,5}\s+(\S.*?)(?:\s+=+)?$/;
/** `|===` opens and closes a table, `!===` a table nested in a cell. */
const TABLE_DELIMITER = /^([|!])===\s*$/;
/** "[[previous-experience]]" before a cell's words: an anchor for links, no word of the CV. */
const CELL_ANCHOR = /^\[\[[\w:.-]+\]\]\s*/u;

/**
 * Reads AsciiDoc's block markup as a reader of the rendered page sees it: attribute lists and table delimiters
 * are no words of the CV ("[frame=ends, grid=none]" over a job would be read as its employer), and a table's cell
 * ("|February 2022-Present", "|*ACME* +") is its text without the bar that opens it, one cell to a line as the
 * file sets them. Only in a file whose section titles or tables show it to be AsciiDoc.
 */
export function markAsciiDocBlocks(lines: RawLine[]): void {
  // (two marks, as the outline's headings need: one "== Experience ==" line is as likely a wiki's)
  if (lines.filter((l) => l.indent === 0 && ASCIIDOC_MARK.test(l.raw)).length < 2) return;
  // the outer table's cells open with "|", a nested table's with "!": each delimiter opens and closes its own
  const open = { "|": false, "!": false };
  for (const l of lines) {
    if (l.kind === "blank" || l.indent > 0) continue;
    // "Phoenix, AZ 85032 +": a "+" at the end breaks the line there, and is no word
    if (HARD_BREAK.test(l.text)) l.text = l.text.replace(HARD_BREAK, "");
    const text = l.raw.trim().replace(HARD_BREAK, "");
    // "==== jane@example.org" under the name: a contact set as a title, which the page shows as a line of the header
    const contact = CONTACT_AS_TITLE.exec(text)?.[1];
    if (contact && isContactOnly(contact)) {
      l.text = contact;
      continue;
    }
    const delimiter = TABLE_DELIMITER.exec(text)?.[1] as "|" | "!" | undefined;
    if (delimiter) {
      open[delimiter] = !open[delimiter];
      l.kind = "skip";
    } else if (ATTRIBUTE_LIST.test(text)) l.kind = "skip";
    else if ((open["|"] && text.startsWith("|")) || (open["!"] && text.startsWith("!"))) {
      // "! [[previous]] 1989-1998 ! *Consultant*": a row's cells on one line, behind the anchor a cell may carry
      const mark = text[0] === "!" ? "!" : "|";
      const cells = text.slice(1).split(mark === "!" ? /\s+!\s+/ : /\s+\|\s+/).map((c) => c.trim().replace(CELL_ANCHOR, ""));
      const cell = cells.filter(Boolean).join("\t");
      if (cell) Object.assign(l, { kind: "text", text: cell });
      else l.kind = "skip";
    }
  }
}

import { isContactOnly } from "./icon-contact.js";
import { classifyTitle } from "./section-titles.js";
import type { TextHeading } from "./text-adornments.js";
import type { RawLine } from "./text-lines.js";

/**
 * Finds the headings of a text written in an outline markup, whose markers
 * give each heading its level: org-mode (`* Section`, `** Entry`, with
 * `#+TITLE:` as the document's title), AsciiDoc (`= Title`, `== Section`) and
 * Markdown's `#` headings in a .txt file. A document uses one of them; fewer
 * than two marked lines are a coincidence, not a markup.
 */
export function findOutlineHeadings(lines: readonly RawLine[]): Map<number, TextHeading> {
  for (const marker of [ORG, ASCIIDOC, ATX]) {
    const found = new Map<number, TextHeading>();
    lines.forEach((l, i) => {
      if (l.indent > 0 || l.kind === "blank" || l.kind === "skip") return;
      const m = marker.exec(l.raw);
      // "# hello@example.dev": a contact behind its icon's glyph heads nothing
      if (m && !(marker === ORG && /\*\s*$/.test(l.raw)) && !isContactOnly(m[2]!)) found.set(i, { title: cleanOutlineTitle(m[2]!), depth: m[1]!.length });
    });
    if (found.size < 2 || (marker === ORG && !looksLikeOrg(lines, found))) continue;
    return marker === ORG ? withOrgTitle(lines, found) : found;
  }
  return new Map();
}

/** "** Title **" delimits a line in plain text; an org heading never ends in a star. */
const ORG = /^(\*+)\s+(\S.*)$/;
const ASCIIDOC = /^(={1,5})\s+(\S.*?)(?:\s+=+)?$/;
const ATX = /^(#{1,6})\s+(\S.*?)(?:\s+#+)?$/;

/**
 * "* item" is also a bullet in Markdown, reStructuredText and AsciiDoc: it heads an org
 * outline when the document has org settings (`#+KEY:`) or nests `**` headings
 * under `*` ones that read as titles, not sentences, two of them sections' (or two `**` ones under the one `*` that
 * names the owner).
 * AsciiDoc nests its lists so ("* _IMA Awards 2008_" over "** Outstanding
 * Achievement Award: …"), under titles of its own it underlines.
 */
function looksLikeOrg(lines: readonly RawLine[], found: Map<number, TextHeading>): boolean {
  if (lines.some((l) => /^#\+\w+:/.test(l.raw))) return true;
  const headings = [...found.values()];
  const nested = headings.some((h) => h.depth === 1) && headings.some((h) => h.depth === 2);
  // "* Jane Doe" over "** Experience", "** Education": the owner's name may head the outline, its sections a level down
  const sections = (depth: number) => headings.filter((h) => h.depth === depth && classifyTitle(h.title) !== undefined).length;
  return nested && headings.every((h) => !/[.;,]$/.test(h.title)) && (sections(1) >= 2 || (headings.filter((h) => h.depth === 1).length === 1 && sections(2) >= 2));
}

/** Org's `#+TITLE:` is the document's title, one level above its `*` headings. */
function withOrgTitle(lines: readonly RawLine[], found: Map<number, TextHeading>): Map<number, TextHeading> {
  const index = lines.findIndex((l) => /^#\+TITLE:/i.test(l.raw));
  if (index < 0) return found;
  const out = new Map<number, TextHeading>([[index, { title: lines[index]!.raw.replace(/^#\+TITLE:\s*/i, "").trim(), depth: 1 }]]);
  for (const [i, h] of found) out.set(i, { ...h, depth: h.depth + 1 });
  return out;
}

/** Org keeps TODO states and `:tags:` on a heading; they are not its words. */
function cleanOutlineTitle(title: string): string {
  return title.replace(/^(TODO|DONE)\s+/, "").replace(/\s+:[\w@:]+:$/, "").trim();
}

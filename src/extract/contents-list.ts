import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import type { Position } from "../diagnostics/diagnostic.js";
import { classifyTitle } from "../parse/section-titles.js";
import { cleanTitle, foldTitle } from "../parse/title-text.js";
import words from "./vocabulary/contents-titles.json" with { type: "json" };
import { vocabularyWords } from "./word-trie.js";

/** How far down a contents list stands: under the document's title or the name, before the first sections. */
const NEAR_TOP = 3;

const CONTENTS_TITLES = new Set(vocabularyWords(words).map(foldTitle));
/** A heading's or an anchor's words as compared: folded, letters and digits only ("#software-engineer-acme-corp"). */
const headingKey = (text: string) => foldTitle(cleanTitle(text)).replace(/[^\p{L}\p{N}]/gu, "");

/** A list of the document's own headings taken out of the sections, and where to say so. */
export interface ContentsList {
  /** The heading over the list, set aside with it when it is a word for a table of contents ("Contents", "目次"). */
  title?: string;
  /** The list's items. */
  lines: SourceLine[];
  /** The title's line, or the first item's when the title stays. */
  position: Position;
}

/**
 * "# 目次" or "## Table of Contents" over "- 職務要約", "1. [Experience](#experience)": a list of the document's own
 * headings, which a Markdown CV sets near its top to link to its sections. It holds no entries. Under a word for a
 * table of contents (contents-titles.json) the title goes with it; under any other heading ("# Jane Doe", "## 山田 太郎")
 * only the items go, as the heading is the name or a section of its own. A list that names anything besides the
 * headings below it ("Index" over "- Experience", "- Ten years of Kafka") is the author's, and stays.
 */
export function takeContentsList(blocks: readonly SectionBlock[]): { blocks: SectionBlock[]; list?: ContentsList } {
  const titled = blocks.flatMap((b, i) => (b.title === undefined ? [] : [i])).slice(0, NEAR_TOP);
  for (const i of titled) {
    const block = blocks[i]!;
    const items = block.lines.filter((l) => /[\p{L}\p{N}]/u.test(l.text));
    if (items.length < 2 || items.some((l) => l.kind !== "bullet")) continue;
    const below = new Set(blocks.slice(i + 1).flatMap(headingTexts).map(headingKey));
    if (!items.every((l) => namesHeading(l, below))) continue;
    if (CONTENTS_TITLES.has(foldTitle(cleanTitle(block.title!)))) {
      return { blocks: blocks.filter((_, k) => k !== i), list: { title: block.title!, lines: items, position: block.position } };
    }
    // a section's own title over a list ("## Projects" over "- Foo", "- Bar", each detailed below) heads its entries, and
    // so does one over names that head entries below ("## Clients" over "- Acme Corp", "### Acme Corp"): a table of
    // contents under the name lists sections ("Experience", "職務経歴")
    if (classifyTitle(block.title!) !== undefined || items.filter((l) => classifyTitle(l.text) !== undefined).length * 2 <= items.length) continue;
    const rest = { ...block, lines: block.lines.filter((l) => !items.includes(l)) };
    return { blocks: blocks.map((b, k) => (k === i ? rest : b)), list: { lines: items, position: items[0]!.position } };
  }
  return { blocks: [...blocks] };
}

/** The item's text, or the anchor it links to ("[Work](#experience)"), is a heading below. */
function namesHeading(item: SourceLine, below: ReadonlySet<string>): boolean {
  if (below.has(headingKey(item.text))) return true;
  return item.links.some((link) => link.url.startsWith("#") && below.has(headingKey(safeDecode(link.url.slice(1)))));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A block's title and the headings inside it. */
function headingTexts(block: SectionBlock): string[] {
  const inner = block.lines.filter((l: SourceLine) => l.kind === "heading" || l.kind === "subheading").map((l) => l.text);
  return block.title === undefined ? inner : [block.title, ...inner];
}

/** What the contents-list note says of a list taken out. */
export function contentsMessage(list: ContentsList): string {
  return list.title !== undefined
    ? `read "${list.title}" as the document's table of contents, a list of its own headings: neither a name nor a section`
    : `read the list that opens with "${list.lines[0]!.text.trim()}" as a table of contents, the document's own headings below: no entries of the section it stands in`;
}

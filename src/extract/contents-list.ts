import type { SectionBlock, SourceLine } from "../parse/source-line.js";
import { classifyTitle } from "../parse/section-titles.js";
import { cleanTitle, foldTitle } from "../parse/title-text.js";

/** How far down a contents list stands: under the document's title or the name, before the first sections. */
const NEAR_TOP = 3;

const titleKey = (text: string) => foldTitle(cleanTitle(text));

/**
 * "# 目次" or "## Table of Contents" over "- 職務要約", "1. [Experience](#experience)": a list of the document's own
 * headings, which a Markdown CV sets near its top to link to its sections. Its title is no one's name and it holds
 * no entries: the blocks are returned without it, and it apart. A list that names anything besides the headings
 * below it ("Index" over "- Experience", "- Ten years of Kafka") is the author's, and stays.
 */
export function takeContentsList(blocks: readonly SectionBlock[]): { blocks: SectionBlock[]; list?: SectionBlock } {
  const titled = blocks.flatMap((b, i) => (b.title === undefined ? [] : [i])).slice(0, NEAR_TOP);
  for (const i of titled) {
    const block = blocks[i]!;
    // the list's own title says nothing a section title does ("Contents", "目次", "記載内容")
    if (classifyTitle(block.title!) !== undefined) continue;
    const items = block.lines.filter((l) => /[\p{L}\p{N}]/u.test(l.text));
    if (items.length < 2 || items.some((l) => l.kind !== "bullet")) continue;
    const below = new Set(blocks.slice(i + 1).flatMap(headingTexts).map(titleKey));
    if (items.every((l) => below.has(titleKey(l.text)))) return { blocks: blocks.filter((_, k) => k !== i), list: block };
  }
  return { blocks: [...blocks] };
}

/** A block's title and the headings inside it. */
function headingTexts(block: SectionBlock): string[] {
  const inner = block.lines.filter((l: SourceLine) => l.kind === "heading" || l.kind === "subheading").map((l) => l.text);
  return block.title === undefined ? inner : [block.title, ...inner];
}

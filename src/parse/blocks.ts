import type { SectionBlock, SourceLine } from "./source-line.js";

/** The heading that names the document (a Markdown `# Name` above `## Sections`), if there is one. */
export interface TitledBlocks {
  documentTitle?: SourceLine;
  blocks: SectionBlock[];
}

/**
 * Groups logical lines into sections. The section level is the shallowest
 * heading level used more than once (or after a lone top heading, which then
 * titles the document); deeper headings become sub-headings inside sections.
 * Lines before the first section heading form a block without a title.
 */
export function groupSections(lines: readonly SourceLine[]): TitledBlocks {
  const headings = lines.filter((l) => l.kind === "heading");
  let documentTitle: SourceLine | undefined;
  const first = headings[0];
  if (first && headings.filter((h) => h.depth === first.depth).length === 1 && headings.some((h) => h.depth > first.depth)) {
    documentTitle = first;
  }
  const rest = headings.filter((h) => h !== documentTitle);
  const level = rest.length ? Math.min(...rest.map((h) => h.depth)) : 1;
  const blocks: SectionBlock[] = [];
  let current: SectionBlock | undefined;
  for (const line of lines) {
    if (line === documentTitle) continue;
    if (line.kind === "heading" && line.depth <= level) {
      current = { title: line.text, position: line.position, lines: [] };
      blocks.push(current);
      continue;
    }
    if (!current) {
      current = { position: line.position, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line.kind === "heading" ? { ...line, kind: "subheading" } : line);
  }
  return documentTitle ? { documentTitle, blocks } : { blocks };
}

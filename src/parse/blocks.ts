import { classifyTitle } from "./section-titles.js";
import type { SectionBlock, SourceLine } from "./source-line.js";

/** The heading that names the document (a Markdown `# Name` above `## Sections`), if there is one. */
export interface TitledBlocks {
  documentTitle?: SourceLine;
  blocks: SectionBlock[];
}

/**
 * Groups logical lines into sections. The section level is where known
 * section titles are (see sectionLevel); a heading at that level opens a
 * section, and so does a known title above it, while an unknown heading above
 * it that comes first titles the document. An unknown heading whose own
 * sub-headings are known titles ("Curriculum Vitae" over "Experience",
 * "Education") gives way to them. Deeper headings become sub-headings inside
 * sections. Lines before the first section heading form a block without a title.
 */
export function groupSections(lines: readonly SourceLine[]): TitledBlocks {
  const headings = lines.filter((l) => l.kind === "heading");
  const known = new Set(headings.filter((h) => classifyTitle(h.text) !== undefined));
  const level = sectionLevel(headings, known);
  const first = headings[0];
  const documentTitle = first && first.depth < level && !known.has(first) ? first : undefined;
  const opens = new Set(headings.filter((h) => h !== documentTitle && h.depth <= level));
  const parents = new Set<SourceLine>();
  for (const h of [...opens]) {
    const subs = known.has(h) ? [] : knownSubheadings(h, headings, known);
    if (subs.length) parents.add(h);
    for (const sub of subs) opens.add(sub);
  }
  const blocks: SectionBlock[] = [];
  const parentBlocks = new Set<SectionBlock>();
  let current: SectionBlock | undefined;
  for (const line of lines) {
    if (line === documentTitle) continue;
    if (opens.has(line)) {
      current = { title: line.text, position: line.position, lines: [] };
      blocks.push(current);
      if (parents.has(line)) parentBlocks.add(current);
      continue;
    }
    if (!current) {
      current = { position: line.position, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line.kind === "heading" ? { ...line, kind: "subheading" } : line);
  }
  // a heading whose sub-headings took its place as sections, with nothing of its own, is no section
  const kept = blocks.filter((b) => !parentBlocks.has(b) || b.lines.length);
  return documentTitle ? { documentTitle, blocks: kept } : { blocks: kept };
}

/**
 * The heading level that holds the sections: the shallowest level with two
 * known section titles (or with the one there is), so that `# Jane Doe` over
 * `## Experience`, `## PERSONAL RESUME` over `### Education` and a `# 職務経歴書`
 * over `## 学歴` all find their sections, while `### Journal articles` under
 * `## Publications` stays a sub-heading. Without known titles: the shallowest
 * level used more than once, or after a lone top heading.
 */
function sectionLevel(headings: readonly SourceLine[], known: ReadonlySet<SourceLine>): number {
  const votes = new Map<number, number>();
  for (const h of known) votes.set(h.depth, (votes.get(h.depth) ?? 0) + 1);
  const most = Math.max(0, ...votes.values());
  const voted = [...votes].filter(([, n]) => n >= Math.min(2, most)).map(([depth]) => depth);
  if (voted.length) return Math.min(...voted);
  const first = headings[0];
  const lone = first && headings.filter((h) => h.depth === first.depth).length === 1 && headings.some((h) => h.depth > first.depth);
  const rest = lone ? headings.slice(1) : headings;
  return rest.length ? Math.min(...rest.map((h) => h.depth)) : 1;
}

/** The known titles among an unknown section heading's sub-headings, when there are two or more at one level. */
function knownSubheadings(parent: SourceLine, headings: readonly SourceLine[], known: ReadonlySet<SourceLine>): SourceLine[] {
  const start = headings.indexOf(parent);
  const end = headings.findIndex((h, i) => i > start && h.depth <= parent.depth);
  const span = headings.slice(start + 1, end < 0 ? undefined : end).filter((h) => known.has(h));
  if (span.length < 2) return [];
  const depth = Math.min(...span.map((h) => h.depth));
  return span.filter((h) => h.depth === depth);
}

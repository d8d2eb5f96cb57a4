import type { SectionBlock, SourceLine } from "../../parse/source-line.js";
import { classifyTitle, type SectionKind } from "../../parse/section-titles.js";
import { groupHeadings } from "./group-headings.js";
import { isBoldLabel } from "./lines.js";
import paperLinks from "../vocabulary/paper-links.json" with { type: "json" };

const PAPER_LINK_WORDS = new Set(paperLinks.words);

/**
 * "High Tension Line Surveillance Robot · International Journal of …" over "[Paper](…)": a line of a paper's links
 * alone, right under it in the same paragraph, goes on with the paper (its links the paper's), no paper of its own.
 */
export function withLinksUnderPapers(lines: readonly SourceLine[]): SourceLine[] {
  const linksAlone = (l: SourceLine) => l.links.length > 0 && l.text.split(/[\s·|,/[\]()]+/).filter(Boolean).every((w) => PAPER_LINK_WORDS.has(w.toLowerCase()));
  return lines.map((l, i) => (i > 0 && l.kind === "text" && l.depth === 0 && !l.gap && lines[i - 1]!.kind === "text" && linksAlone(l) ? { ...l, depth: 1 } : l));
}

/** A line wholly in bold that titles a kind of section ("**Certifications**"), set apart from what is above it. */
const isBoldTitle = (l: SourceLine) => l.kind === "text" && l.depth === 0 && (l.gap ?? false) && isBoldLabel(l) && classifyTitle(l.text) !== undefined;

/**
 * "## Publications and certifications" over "**Publication**" / its paper / "**Certifications**" / the certificates:
 * bold lines alone that each title a kind of section, the first of them opening the section, split it into the
 * sections they title. Two of them at least, so that a bold label of one list stays that list's.
 */
export function boldSubsections(block: SectionBlock): SectionBlock[] | undefined {
  const starts = block.lines.flatMap((l, i) => (isBoldTitle(l) ? [i] : []));
  if (starts.length < 2 || starts[0] !== 0) return undefined;
  return titledParts(block, starts);
}

/**
 * "## Talks" over "### Invited talks" and "### Contributed talks", each over its list: sub-headings that only group the
 * items under them (group-headings.ts), the first of them opening the section, split it into the sections they title,
 * as bold titles do. Read as entries, each heading would be an item of the talks it groups.
 */
export function groupedSubsections(block: SectionBlock): SectionBlock[] | undefined {
  const heads = groupHeadings(block.lines);
  const starts = block.lines.flatMap((l, i) => (heads.has(l) ? [i] : []));
  if (starts.length < 2 || starts[0] !== 0) return undefined;
  return titledParts(block, starts);
}

/** The parts of a section each titled by the line at one of `starts`, with the lines up to the next. */
const titledParts = (block: SectionBlock, starts: readonly number[]): SectionBlock[] =>
  starts.map((at, k) => ({ position: block.lines[at]!.position, title: block.lines[at]!.text.trim(), lines: block.lines.slice(at + 1, starts[k + 1]) }));

/**
 * "## Education" over a school's entry, then "**Course projects:**" over a list: a bold title alone that names another
 * kind of section, after the section's first entry, opens a list of that kind (its items no schools), which ends where
 * the list does. Returns the section's other lines and the titled list.
 */
export function titledListApart(block: SectionBlock, kinds: ReadonlySet<SectionKind>): { rest: SourceLine[]; part: SectionBlock; kind: SectionKind } | undefined {
  const at = block.lines.findIndex((l, i) => i > 0 && isBoldTitle(l) && kinds.has(classifyTitle(l.text)!));
  let end = at + 1;
  while (at > 0 && block.lines[end]?.kind === "bullet") end++;
  if (at <= 0 || end === at + 1) return undefined;
  const title = block.lines[at]!;
  const part = { position: title.position, title: title.text.trim().replace(/\s*[:：]$/u, ""), lines: block.lines.slice(at + 1, end) };
  return { rest: [...block.lines.slice(0, at), ...block.lines.slice(end)], part, kind: classifyTitle(title.text)! };
}

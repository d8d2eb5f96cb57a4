import type { Diagnostic, Position } from "../diagnostics/diagnostic.js";

/**
 * The one shape both parsers produce: a logical line of the CV (wrapped lines
 * already joined, markup already read), so that extraction never needs to know
 * whether the source was Markdown or plain text.
 */
export type LineKind = "heading" | "subheading" | "bullet" | "text" | "row";

export interface Link {
  text: string;
  url: string;
}

export interface SourceLine {
  kind: LineKind;
  /** Plain text: markup removed, escapes resolved, whitespace collapsed except tabs. */
  text: string;
  position: Position;
  /** Heading level, or nesting depth of a bullet (0 for top level). */
  depth: number;
  /** The bold text the line starts with (`**Org**`, `<b>Title</b>`), which marks an entry. */
  lead?: string;
  links: Link[];
  /** Table cells, for kind "row". */
  cells?: string[];
  /** True when a blank line or a new block comes before this line. */
  gap: boolean;
}

/** A section: its heading (absent for what comes before the first heading) and its lines. */
export interface SectionBlock {
  title?: string;
  position: Position;
  lines: SourceLine[];
}

/** What a parser hands to extraction: front matter (Markdown only) and the logical lines. */
export interface ParsedSource {
  frontMatter?: { text: string; position: Position };
  lines: SourceLine[];
  /** What the HTML sanitizer removed (Markdown only). */
  diagnostics?: Diagnostic[];
}

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

/** A run of a line's text set in one style. */
export interface Span {
  text: string;
  strong?: boolean;
  emphasis?: boolean;
  code?: boolean;
  /** The link the run is the text of. */
  url?: string;
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
  /**
   * The line's text as runs in order, each in one style (`**Acme** | *Engineer*`
   * is three), so a reader can tell fields apart by how they are set. Their
   * texts join to `text`. Absent when nothing on the line is styled.
   */
  spans?: Span[];
  /** Table cells, for kind "row". */
  cells?: string[];
  /** For a table row: its table's header cells, one per column as `cells` are, empty ones too. */
  columnNames?: string[];
  /** The header row of a table, kept as a line of text: it names the columns of the rows below. */
  tableHeader?: boolean;
  /** True when a blank line or a new block comes before this line. */
  gap: boolean;
  /** The number a heading is given in the CV's outline ("1.", "2.1"), which only orders it and is not in `text`. */
  outline?: string;
}

/** A section: its heading (absent for what comes before the first heading) and its lines. */
export interface SectionBlock {
  title?: string;
  position: Position;
  lines: SourceLine[];
  /** The title of a heading over this section and others that holds nothing of its own ("Work Experience" over "Employment History"). */
  group?: string;
}

/** A Markdown source's front matter: its text, where the text starts, and its language (`---` YAML, `+++` TOML). */
export interface FrontMatter {
  text: string;
  position: Position;
  format: "yaml" | "toml";
}

/** What a parser hands to extraction: front matter (Markdown only) and the logical lines. */
export interface ParsedSource {
  frontMatter?: FrontMatter;
  lines: SourceLine[];
  /** What the HTML sanitizer removed (Markdown only). */
  diagnostics?: Diagnostic[];
}

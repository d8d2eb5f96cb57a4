import type { Position } from "../diagnostics/diagnostic.js";
import type { ParsedSource } from "../parse/source-line.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Resume } from "../resume/schema.js";

/**
 * What a line of the source became. `catch-all` and `dropped` are lines the
 * parser read as no part of any entry; `continued` is a wrapped line joined to
 * the one above; `blank` and `markup` carry no words of the CV.
 */
export type LineRole =
  | "title"
  | "name"
  | "contact"
  | "summary"
  | "section"
  | "entry"
  | "highlight"
  | "item"
  | "catch-all"
  | "front-matter"
  | "continued"
  | "markup"
  | "dropped"
  | "blank";

/** Why a reading is uncertain, in the parser's own words, and the edit of the source that settles it. */
export interface Doubt {
  ruleId: string;
  message: string;
  /** The source edit that makes the reading unambiguous. */
  fix: string;
}

export interface ExplainedLine {
  /** 1-based line number in the source. */
  line: number;
  text: string;
  role: LineRole;
  /** What it became, for a person: "entry 2 → organisation / role / dates", "contact → email". */
  label: string;
  /** JSON pointers of the résumé values the line became ("/work/1/name"); empty for lines that became none. */
  paths: string[];
  doubt?: Doubt;
}

export interface Explanation {
  file: string;
  lines: ExplainedLine[];
  /** Doubts about the whole file rather than a line (a missing name). */
  fileDoubts: Doubt[];
}

/** What explaining a source needs: the source's parsed lines and what the extractor made of them. */
export interface Reading {
  text: string;
  format: "markdown" | "text";
  parsed: ParsedSource;
  resume: Resume;
  origins: ReadonlyMap<string, Position>;
  diagnostics: readonly Diagnostic[];
}

/** What every stage after reading sees of a source: its text and its kind. */
export type SourceFormat = "markdown" | "text" | "json" | "yaml";

export interface SourceFile {
  /** The path as the user gave it; used in diagnostics. */
  path: string;
  /** The text with BOM removed and line endings normalised to \n. */
  text: string;
  format: SourceFormat;
  /** Why this format was chosen, for --verbose. */
  formatReason: string;
  /**
   * For a source read from a PDF or Word file, whose text vitae wrote: where
   * each line of `text` (index 0 is line 1) was in the document, so that
   * diagnostics point there (`cv.pdf:p2:14`).
   */
  pageLines?: { page: number; line: number }[];
}

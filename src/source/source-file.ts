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
}

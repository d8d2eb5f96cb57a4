/** A diagnostic is a value: stages return them, only the CLI prints them. */

/** A 1-based place in a source file. */
export interface Position {
  line: number;
  column: number;
  /** In a PDF, the page; `line` then counts the page's lines, and the column means nothing. */
  page?: number;
}

/** The line and column of the character at `offset` in `text`. */
export function positionAt(text: string, offset: number): Position {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < lineStart; i = text.indexOf("\n", i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  file: string;
  /** Where the problem is; absent only when it concerns the whole file. */
  position?: Position;
  severity: Severity;
  /** What happened, why, and what to do about it. */
  message: string;
  /** A stable id such as "missing-name" or "unreadable-date". */
  ruleId: string;
}

/** Builds a diagnostic; `position` defaults to the start of the file. */
export function diagnose(
  file: string,
  severity: Severity,
  ruleId: string,
  message: string,
  position: Position = { line: 1, column: 1 },
): Diagnostic {
  return { file, position, severity, ruleId, message };
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Drops repeats of the same rule at the same place, keeping the first. */
export function dedupeDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.position?.line}:${d.position?.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import type { Diagnostic } from "./diagnostic.js";

/** Formats a diagnostic as `file:line:col: severity: message [rule]`, as compilers do. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.position ? `${d.file}:${d.position.line}:${d.position.column}` : d.file;
  return `${place}: ${d.severity}: ${d.message} [${d.ruleId}]`;
}

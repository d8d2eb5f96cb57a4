import type { Diagnostic } from "./diagnostic.js";

/** Formats a diagnostic as `file:line:col: severity: message [rule]`, as compilers do; in a PDF, `file:pPAGE:line`. */
export function formatDiagnostic(d: Diagnostic): string {
  const at = d.position;
  const place = !at ? d.file : at.page ? `${d.file}:p${at.page}:${at.line}` : `${d.file}:${at.line}:${at.column}`;
  return `${place}: ${d.severity}: ${d.message} [${d.ruleId}]`;
}

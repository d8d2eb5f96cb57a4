import type { Diagnostic, Position } from "../diagnostics/diagnostic.js";
import type { Resume } from "../resume/schema.js";

/**
 * What the parser makes of a source: a draft résumé, where each of its values
 * came from (keyed by JSON pointer, e.g. "/work/0/startDate"), and what it could
 * not understand. The draft is validated by resume/validate.ts afterwards.
 */
export interface Extraction {
  resume: Resume;
  origins: Map<string, Position>;
  diagnostics: Diagnostic[];
}

import { LineCounter, parseDocument } from "yaml";
import { diagnose, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { locate } from "./yaml-positions.js";

/** Overrides from front matter or a sidecar, with the place of every key so that problems can point at them. */
export interface YamlOverrides {
  file: string;
  value: Record<string, unknown>;
  /** JSON pointer of a key ("/basics/name") → where it is written. */
  keys: Map<string, Position>;
}

/** Parses override YAML; every syntax error becomes a diagnostic at its place. */
export function parseYamlOverrides(path: string, text: string, lineOffset = 0): Result<YamlOverrides | undefined> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter });
  if (doc.errors.length) {
    const diagnostics: Diagnostic[] = doc.errors.map((e) => {
      const at = e.linePos?.[0];
      const position = at ? { line: at.line + lineOffset, column: at.col } : undefined;
      return diagnose(path, "error", "yaml-syntax", `the YAML could not be read: ${e.message.split("\n")[0]}; fix the syntax at this place`, position);
    });
    return fail(diagnostics);
  }
  const read = locate(doc, lineCounter, lineOffset);
  if ("unreadable" in read) return fail([diagnose(path, "error", "yaml-syntax", `the YAML could not be read: ${read.unreadable}; set the anchor (&name) before the alias that uses it, or write the value out`)]);
  const { value, keys } = read;
  if (value === null || value === undefined) return succeed(undefined);
  if (typeof value !== "object" || Array.isArray(value)) {
    return fail([diagnose(path, "error", "yaml-shape", "the overrides must be a mapping of résumé fields (for example `basics: {name: …}`), not a list or a single value")]);
  }
  return succeed({ file: path, value: value as Record<string, unknown>, keys });
}

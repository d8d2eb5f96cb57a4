import { extname } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { diagnose, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { locate } from "../jsonresume/read-document.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { decodeText, readFileChecked } from "./read-source.js";

/** The sidecar of `cv.md` is `cv.meta.yaml`, beside it. */
export function sidecarPath(sourcePath: string): string {
  const ext = extname(sourcePath);
  return `${ext ? sourcePath.slice(0, -ext.length) : sourcePath}.meta.yaml`;
}

/** Overrides from front matter or a sidecar, with the place of every key so that problems can point at them. */
export interface YamlOverrides {
  file: string;
  value: Record<string, unknown>;
  /** JSON pointer of a key ("/basics/name") → where it is written. */
  keys: Map<string, Position>;
}

/** Reads the `<source>.meta.yaml` overrides if there are any; YAML mistakes come back with line:col. */
export async function readSidecar(sourcePath: string): Promise<Result<YamlOverrides | undefined>> {
  const path = sidecarPath(sourcePath);
  const read = await readFileChecked(path);
  if (!read.ok) return fail(read.diagnostics);
  if (!read.value) return succeed(undefined);
  const text = decodeText(path, read.value);
  return text.ok ? parseYamlOverrides(path, text.value) : fail(text.diagnostics);
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
  const { value, keys } = locate(doc, lineCounter, lineOffset);
  if (value === null || value === undefined) return succeed(undefined);
  if (typeof value !== "object" || Array.isArray(value)) {
    return fail([diagnose(path, "error", "yaml-shape", "the overrides must be a mapping of résumé fields (for example `basics: {name: …}`), not a list or a single value")]);
  }
  return succeed({ file: path, value: value as Record<string, unknown>, keys });
}

import { extname } from "node:path";
import { parseDocument } from "yaml";
import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { decodeText, readFileChecked } from "./read-source.js";

/** The sidecar of `cv.md` is `cv.meta.yaml`, beside it. */
export function sidecarPath(sourcePath: string): string {
  const ext = extname(sourcePath);
  return `${ext ? sourcePath.slice(0, -ext.length) : sourcePath}.meta.yaml`;
}

/** Reads the `<source>.meta.yaml` overrides if there are any; YAML mistakes come back with line:col. */
export async function readSidecar(sourcePath: string): Promise<Result<unknown | undefined>> {
  const path = sidecarPath(sourcePath);
  const read = await readFileChecked(path);
  if (!read.ok) return read;
  if (!read.value) return succeed(undefined);
  const text = decodeText(path, read.value);
  return text.ok ? parseYamlOverrides(path, text.value) : text;
}

/** Parses override YAML; every syntax error becomes a diagnostic at its place. */
export function parseYamlOverrides(path: string, text: string, lineOffset = 0): Result<unknown | undefined> {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) {
    const diagnostics: Diagnostic[] = doc.errors.map((e) => {
      const at = e.linePos?.[0];
      const position = at ? { line: at.line + lineOffset, column: at.col } : undefined;
      return diagnose(path, "error", "yaml-syntax", `the YAML could not be read: ${e.message.split("\n")[0]}; fix the syntax at this place`, position);
    });
    return fail(diagnostics);
  }
  const value: unknown = doc.toJS();
  if (value !== null && value !== undefined && (typeof value !== "object" || Array.isArray(value))) {
    return fail([diagnose(path, "error", "yaml-shape", "the overrides must be a mapping of résumé fields (for example `basics: {name: …}`), not a list or a single value")]);
  }
  return succeed(value ?? undefined);
}

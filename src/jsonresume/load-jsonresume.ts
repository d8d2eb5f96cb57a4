import { dedupeDiagnostics, diagnose, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { ResumeSchema, type Resume } from "../resume/schema.js";
import { unknownFields } from "../resume/unknown-fields.js";
import type { SourceFile } from "../source/source-file.js";
import { checkOfficialSchema } from "./check-official.js";
import { escapePointer } from "../diagnostics/json-pointer.js";
import type { PositionedDocument } from "../parse/yaml-positions.js";
import { readPositionedDocument } from "./read-document.js";
import { restoreExtensions } from "./vitae-extensions.js";

/**
 * Reads a JSON Resume document (JSON or YAML) into the canonical résumé. It is
 * checked against the official schema and vitae's, every problem is reported at
 * its line and column, and fields neither schema knows are named in a warning
 * rather than dropped without a word.
 */
export function loadJsonResume(source: SourceFile): Result<Resume> {
  const read = readPositionedDocument(source);
  if (!read.ok) return read;
  const doc = read.value;
  if (typeof doc.value !== "object" || doc.value === null || Array.isArray(doc.value)) {
    return fail([diagnose(source.path, "error", "jsonresume-shape", "a JSON Resume document is an object such as {\"basics\": {\"name\": …}}, not a list or a single value")]);
  }
  const document = restoreExtensions(doc.value);
  const official = checkOfficialSchema(document);
  const diagnostics: Diagnostic[] = official.map((issue) => {
    const pointer = toPointer(issue.path);
    return diagnose(source.path, "error", "jsonresume-schema", `${pointer} is ${show(valueAt(document, issue.path))}; JSON Resume expects ${issue.expected}`, placeOf(pointer, doc));
  });
  const parsed = ResumeSchema.safeParse(document);
  if (!parsed.success) {
    // one message per value: the official schema's, when both schemas object to it
    const flagged = new Set(official.map((issue) => toPointer(issue.path)));
    for (const issue of parsed.error.issues) {
      const pointer = toPointer(issue.path as Array<string | number>);
      if (flagged.has(pointer)) continue;
      diagnostics.push(diagnose(source.path, "error", "schema", `${pointer}: ${issue.message}`, placeOf(pointer, doc)));
    }
    return fail(dedupeDiagnostics(diagnostics));
  }
  if (diagnostics.length) return fail(dedupeDiagnostics(diagnostics));
  const unknown = unknownFields(document).map((pointer) =>
    diagnose(
      source.path,
      "warning",
      "unknown-field",
      `${pointer} is not a JSON Resume field nor one of vitae's extensions, so vitae leaves it out; rename it (see docs/schema.md) or remove it`,
      doc.keys.get(pointer) ?? placeOf(pointer, doc),
    ),
  );
  return succeed(parsed.data, unknown);
}

function toPointer(path: ReadonlyArray<string | number | symbol>): string {
  return "/" + path.map((k) => escapePointer(String(k))).join("/");
}

/** The place of the value at `pointer`, or of its nearest ancestor (for a missing value). */
function placeOf(pointer: string, doc: PositionedDocument): Position | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const found = doc.values.get(p);
    if (found || p === "") return found;
  }
}

function valueAt(document: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined), document);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? "missing";
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

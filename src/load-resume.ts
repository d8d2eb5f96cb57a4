import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "./diagnostics/result.js";
import { extractResume } from "./extract/extract-resume.js";
import type { Resume } from "./resume/schema.js";
import type { Reading } from "./explain/explanation.js";
import { validateResume } from "./resume/validate.js";
import type { FormatOverride } from "./source/detect-format.js";
import { parseSource } from "./parse/parse-source.js";
import { parseYamlOverrides, type YamlOverrides } from "./parse/yaml-overrides.js";
import { readSidecar } from "./source/read-sidecar.js";
import { placeInDocument } from "./source/document-positions.js";
import { decodeSourceBytes, decodeText, readSource } from "./source/read-source.js";
import type { SourceFile } from "./source/source-file.js";
import { readSourceTags } from "./variants/read-source-tags.js";

export interface LoadedResume {
  source: SourceFile;
  resume: Resume;
  /** How a Markdown or text source was read, for `vitae explain` and the review page; absent for JSON Resume. */
  reading?: Reading;
}

/** Bytes a caller has already read (the build's cache check does), so that they are neither read twice nor read changed. */
export interface AlreadyRead {
  source?: Uint8Array;
  sidecar?: { path: string; bytes: Uint8Array };
}

/** Reads, parses and validates one source: the stages every command shares before rendering. */
export async function loadResume(path: string, from?: FormatOverride, already: AlreadyRead = {}): Promise<Result<LoadedResume>> {
  const read = already.source ? await decodeSourceBytes(path, already.source, from) : await readSource(path, from);
  if (!read.ok) return read;
  const source = read.value;
  // JSON Resume documents are already structured: they skip the parser and the sidecar overrides.
  // Their loader, with the official schema's validator, is loaded only for them
  if (source.format === "json" || source.format === "yaml") {
    const { loadJsonResume } = await import("./jsonresume/load-jsonresume.js");
    const loaded = loadJsonResume(source);
    const diagnostics = [...read.diagnostics, ...loaded.diagnostics];
    return loaded.ok ? succeed({ source, resume: loaded.value }, diagnostics) : fail(diagnostics);
  }
  const sidecar = already.sidecar ? overridesIn(already.sidecar) : await readOverrides(path);
  if (!sidecar.ok) return fail([...read.diagnostics, ...sidecar.diagnostics]);
  const tags = readSourceTags(source);
  const parsed = await parseSource(tags.source);
  const extraction = extractResume(tags.source, parsed, sidecar.value);
  const valid = validateResume(tags.apply(extraction.resume, extraction.origins), path, extraction.origins);
  const diagnostics: Diagnostic[] = placeInDocument(source, [...read.diagnostics, ...sidecar.diagnostics, ...extraction.diagnostics, ...valid.diagnostics]);
  if (!valid.ok) return fail(diagnostics);
  const reading: Reading = { text: source.text, format: source.format, parsed, resume: extraction.resume, origins: extraction.origins, diagnostics: extraction.diagnostics };
  return succeed({ source, resume: valid.value, reading }, diagnostics);
}

/** The overrides in the source's sidecar, if it has one. */
async function readOverrides(path: string): Promise<Result<YamlOverrides | undefined>> {
  const sidecar = await readSidecar(path);
  if (!sidecar.ok || !sidecar.value) return sidecar.ok ? succeed(undefined) : fail(sidecar.diagnostics);
  return parseYamlOverrides(sidecar.value.path, sidecar.value.text);
}

function overridesIn({ path, bytes }: { path: string; bytes: Uint8Array }): Result<YamlOverrides | undefined> {
  const text = decodeText(path, bytes);
  return text.ok ? parseYamlOverrides(path, text.value) : fail(text.diagnostics);
}

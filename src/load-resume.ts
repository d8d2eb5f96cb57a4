import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "./diagnostics/result.js";
import { extractResume } from "./extract/extract-resume.js";
import { loadJsonResume } from "./jsonresume/load-jsonresume.js";
import type { Resume } from "./resume/schema.js";
import { validateResume } from "./resume/validate.js";
import type { FormatOverride } from "./source/detect-format.js";
import { parseYamlOverrides, type YamlOverrides } from "./parse/yaml-overrides.js";
import { readSidecar } from "./source/read-sidecar.js";
import { readSource } from "./source/read-source.js";
import type { SourceFile } from "./source/source-file.js";
import { readSourceTags } from "./variants/read-source-tags.js";

export interface LoadedResume {
  source: SourceFile;
  resume: Resume;
}

/** Reads, parses and validates one source: the stages every command shares before rendering. */
export async function loadResume(path: string, from?: FormatOverride): Promise<Result<LoadedResume>> {
  const read = await readSource(path, from);
  if (!read.ok) return read;
  const source = read.value;
  // JSON Resume documents are already structured: they skip the parser and the sidecar overrides
  if (source.format === "json" || source.format === "yaml") {
    const loaded = loadJsonResume(source);
    const diagnostics = [...read.diagnostics, ...loaded.diagnostics];
    return loaded.ok ? succeed({ source, resume: loaded.value }, diagnostics) : fail(diagnostics);
  }
  const sidecar = await readOverrides(path);
  if (!sidecar.ok) return fail([...read.diagnostics, ...sidecar.diagnostics]);
  const tags = readSourceTags(source);
  const extraction = extractResume(tags.source, sidecar.value);
  const valid = validateResume(tags.apply(extraction.resume, extraction.origins), path, extraction.origins);
  const diagnostics: Diagnostic[] = [...read.diagnostics, ...sidecar.diagnostics, ...extraction.diagnostics, ...valid.diagnostics];
  if (!valid.ok) return fail(diagnostics);
  return succeed({ source, resume: valid.value }, diagnostics);
}

/** The overrides in the source's sidecar, if it has one. */
async function readOverrides(path: string): Promise<Result<YamlOverrides | undefined>> {
  const sidecar = await readSidecar(path);
  if (!sidecar.ok || !sidecar.value) return sidecar.ok ? succeed(undefined) : fail(sidecar.diagnostics);
  return parseYamlOverrides(sidecar.value.path, sidecar.value.text);
}

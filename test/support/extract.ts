import { extractResume } from "../../src/extract/extract-resume.js";
import type { Extraction } from "../../src/extract/extraction.js";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { parsePlainText } from "../../src/parse/plain-text.js";
import type { YamlOverrides } from "../../src/parse/yaml-overrides.js";
import type { SourceFile } from "../../src/source/source-file.js";

/** Parses and extracts in one step, without load-resume's reading of files and sidecars. */
export async function extractSource(file: SourceFile, sidecar?: YamlOverrides): Promise<Extraction> {
  return extractResume(file, file.format === "markdown" ? await parseMarkdownLines(file.text, file.path) : parsePlainText(file.text), sidecar);
}

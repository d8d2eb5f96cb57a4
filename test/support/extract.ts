import { extractResume } from "../../src/extract/extract-resume.js";
import type { Extraction } from "../../src/extract/extraction.js";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { parsePlainText } from "../../src/parse/plain-text.js";
import type { YamlOverrides } from "../../src/parse/yaml-overrides.js";
import type { SourceFile } from "../../src/source/source-file.js";

/** Parses and extracts in one synchronous step, for property tests that cannot wait (load-resume loads the Markdown parser lazily instead). */
export function extractSource(file: SourceFile, sidecar?: YamlOverrides): Extraction {
  return extractResume(file, file.format === "markdown" ? parseMarkdownLines(file.text, file.path) : parsePlainText(file.text), sidecar);
}

import { extractResume } from "../../src/extract/extract-resume.js";
import type { Extraction } from "../../src/extract/extraction.js";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { parsePlainText } from "../../src/parse/plain-text.js";
import type { YamlOverrides } from "../../src/parse/yaml-overrides.js";
import type { Resume } from "../../src/resume/schema.js";
import type { SourceFile } from "../../src/source/source-file.js";

/** Parses and extracts in one step, without load-resume's reading of files and sidecars. */
export async function extractSource(file: SourceFile, sidecar?: YamlOverrides): Promise<Extraction> {
  return extractResume(file, file.format === "markdown" ? await parseMarkdownLines(file.text, file.path) : parsePlainText(file.text), sidecar);
}

/** The résumé read from a CV written inline in a test, as `cv.md` or `cv.txt`. */
export async function readResume(text: string, format: "markdown" | "text" = "markdown"): Promise<Resume> {
  const { resume } = await extractSource({ path: format === "markdown" ? "cv.md" : "cv.txt", text, format, formatReason: "test" });
  return resume;
}

export const readMarkdown = (text: string): Promise<Resume> => readResume(text, "markdown");
export const readText = (text: string): Promise<Resume> => readResume(text, "text");

import type { Position } from "../diagnostics/diagnostic.js";
import { parseYamlOverrides, type YamlOverrides } from "../parse/yaml-overrides.js";
import type { Draft } from "./draft.js";

/** Reads Markdown front matter as overrides; YAML mistakes become diagnostics at their line. */
export function readFrontMatter(draft: Draft, frontMatter: { text: string; position: Position } | undefined): YamlOverrides | undefined {
  if (!frontMatter) return undefined;
  const result = parseYamlOverrides(draft.file, frontMatter.text, frontMatter.position.line - 1);
  draft.diagnostics.push(...result.diagnostics);
  return result.ok ? result.value : undefined;
}

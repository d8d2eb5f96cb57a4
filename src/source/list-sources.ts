import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The CV sources in a folder, sorted: Markdown, text, JSON and YAML files, but not the .meta.yaml sidecars. */
export function sourcesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.(md|markdown|txt|json|ya?ml)$/i.test(f) && !/\.meta\.ya?ml$/i.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

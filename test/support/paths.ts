import { join, resolve } from "node:path";
import { sourcesIn } from "../../src/source/list-sources.js";

export const REPO = resolve(import.meta.dirname, "../..");
export const SEEDS_DIR = resolve(REPO, "../shared/seeds");
export const RESUMES_DIR = join(REPO, "resumes");

/** Every CV source in resumes/ (not the .meta.yaml sidecars). */
export function resumeSources(): string[] {
  return sourcesIn(RESUMES_DIR);
}

/** The user's seed documents, when ../shared is beside the repo (it is in CI). */
export function seedSources(): string[] {
  return sourcesIn(SEEDS_DIR);
}

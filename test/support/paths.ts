import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO = resolve(import.meta.dirname, "../..");
export const SEEDS_DIR = resolve(REPO, "../shared/seeds");
export const RESUMES_DIR = join(REPO, "resumes");

/** Every CV source in resumes/ (not the .meta.yaml sidecars). */
export function resumeSources(): string[] {
  return readdirSync(RESUMES_DIR)
    .filter((f) => /\.(md|txt|json|ya?ml)$/.test(f) && !/\.meta\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(RESUMES_DIR, f));
}

/** The user's seed documents, when ../shared is beside the repo (it is in CI). */
export function seedSources(): string[] {
  try {
    return readdirSync(SEEDS_DIR)
      .filter((f) => /\.(md|txt)$/.test(f))
      .sort()
      .map((f) => join(SEEDS_DIR, f));
  } catch {
    return [];
  }
}

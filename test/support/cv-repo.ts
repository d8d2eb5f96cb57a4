import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./paths.js";

/** A CV repository as a user has one: sources in resumes/, and vitae as an npm dependency (linked to this checkout). */
export function cvRepository(label: string): { dir: string; resumes: string } {
  const dir = mkdtempSync(join(tmpdir(), `${label}-`));
  const resumes = join(dir, "resumes");
  mkdirSync(resumes);
  mkdirSync(join(dir, "node_modules/.bin"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, devDependencies: { vitae: "*" } }));
  symlinkSync(REPO, join(dir, "node_modules/vitae"));
  symlinkSync(join(REPO, "bin/vitae.js"), join(dir, "node_modules/.bin/vitae"));
  return { dir, resumes };
}

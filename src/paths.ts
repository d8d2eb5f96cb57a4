import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of vitae's own package.json, whether running from src/ (tests), dist/src/ (the benchmark) or the bundle in dist/cli/ (the CLI). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("vitae's package.json was not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
/** The built-in themes. */
export const TEMPLATES_DIR = join(PACKAGE_ROOT, "templates");

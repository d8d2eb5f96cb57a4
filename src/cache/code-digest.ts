import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../version.js";
import { digestFolders } from "./digest-files.js";

/** vitae's own code folder: dist/src when running the CLI, src under vitest. */
const CODE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

let cached: Promise<string> | undefined;

/**
 * What identifies this vitae: its version and a digest of its code, so that
 * a change to vitae between releases (or in a checkout) is never served stale
 * outputs from the cache.
 */
export function digestCode(): Promise<string> {
  cached ??= digestFolders([CODE_ROOT], (p) => /\.(js|ts)$/.test(p) && !p.endsWith(".d.ts")).then((d) => `${VERSION}:${d}`);
  return cached;
}

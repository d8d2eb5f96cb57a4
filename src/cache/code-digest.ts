import { basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../version.js";
import { digestFolders } from "./digest-files.js";

const HERE = dirname(fileURLToPath(import.meta.url));
/** vitae's own code folder: the bundle's dist/cli, whose chunks sit side by side, or src/ (this file in src/cache) under vitest. */
const CODE_ROOT = basename(HERE) === "cache" ? dirname(HERE) : HERE;

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

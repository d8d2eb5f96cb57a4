import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../version.js";
import { digestFolders } from "./digest-files.js";

const HERE = dirname(fileURLToPath(import.meta.url));
/** Written by scripts/bundle.mjs beside the bundle: the digest of its files (dist/cli/vitae.cjs and the vendor chunks). */
const BUNDLE_DIGEST = join(HERE, "code-digest.txt");
/** vitae's own sources when it runs unbundled: src/ (this file in src/cache) under vitest, dist/src/ in the benchmark. */
const SOURCE_ROOT = basename(HERE) === "cache" ? dirname(HERE) : HERE;

let cached: Promise<string> | undefined;

/**
 * What identifies this vitae: its version and a digest of its code, so that
 * a change to vitae between releases (or in a checkout) is never served stale
 * outputs from the cache.
 */
export function digestCode(): Promise<string> {
  cached ??= digestOfCode().then((d) => `${VERSION}:${d}`);
  return cached;
}

async function digestOfCode(): Promise<string> {
  const bundled = await readFile(BUNDLE_DIGEST, "utf8").catch(() => undefined);
  return bundled?.trim() || digestFolders([SOURCE_ROOT], (p) => /\.(js|ts)$/.test(p) && !p.endsWith(".d.ts"));
}

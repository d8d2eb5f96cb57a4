import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeAtomic, type WrittenFile } from "../output/write-atomic.js";

/** An output as it was written: its size and time, so that a changed or deleted output is noticed, and its digest, so that a merely touched one is not rebuilt. */
export interface CachedOutput extends WrittenFile {
  path: string;
  sha256: string;
  /** The date stamped into the output (ISO 8601), for the one format that carries a date: the PDF. */
  date?: string;
}

/** What the cache remembers about one source's last successful build. */
export interface CacheEntry {
  key: string;
  /** Output format → the file written. */
  outputs: Record<string, CachedOutput>;
  /** Pages of the PDF, so a skipped build can still report it. */
  pageCount?: number;
}

/** The folder of cache entries inside the output folder: one file per source, so parallel `make -j` builds never share one. */
function cacheDir(outDir: string): string {
  return join(outDir, ".vitae-cache");
}

/** Whether the cache holds an entry for one output name, without reading it. */
export function hasCacheEntry(outDir: string, name: string): boolean {
  return existsSync(join(cacheDir(outDir), `${name}.json`));
}

/** Reads the entry for one output name; undefined when there is none or it is unreadable. */
export async function readCacheEntry(outDir: string, name: string): Promise<CacheEntry | undefined> {
  try {
    return JSON.parse(await readFile(join(cacheDir(outDir), `${name}.json`), "utf8")) as CacheEntry;
  } catch {
    return undefined;
  }
}

/**
 * True when the entry has this key and every wanted output is still on disk
 * as it was written, and one stamped with a date has today's build date.
 */
export async function isUpToDate(entry: CacheEntry | undefined, key: string, formats: readonly string[], date: Date): Promise<boolean> {
  if (!entry || entry.key !== key) return false;
  const checks = formats.map(async (format) => {
    const output = entry.outputs[format];
    if (!output || (output.date !== undefined && output.date !== date.toISOString())) return false;
    const info = await stat(output.path).catch(() => undefined);
    if (!info || info.size !== output.size) return false;
    // a touched file (make, git checkout) is still fresh if its bytes are the ones written
    return info.mtimeMs === output.mtimeMs || (await digestFile(output.path)) === output.sha256;
  });
  return (await Promise.all(checks)).every(Boolean);
}

/** Records a successful build; outputs of formats not built this time are kept if the key is unchanged. */
export async function writeCacheEntry(outDir: string, name: string, key: string, written: Partial<Record<string, CachedOutput>>, pageCount: number | undefined, previous: CacheEntry | undefined): Promise<void> {
  const kept = previous?.key === key ? previous : undefined;
  const entry: CacheEntry = { key, outputs: { ...kept?.outputs, ...(written as Record<string, CachedOutput>) }, pageCount: pageCount ?? kept?.pageCount };
  await writeAtomic(join(cacheDir(outDir), `${name}.json`), JSON.stringify(entry) + "\n");
}

async function digestFile(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

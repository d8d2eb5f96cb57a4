import { FIXED_EPOCH, resolveBuildDates } from "../output/build-date.js";
import { sidecarPath } from "../source/read-sidecar.js";
import { readFileChecked, type FileRole } from "../source/read-source.js";
import { isUpToDate, readCacheEntry, type CacheEntry } from "./build-cache.js";
import { computeCacheKey } from "./cache-key.js";
import { digestCode } from "./code-digest.js";
import { digestFolders } from "./digest-files.js";

/** One source, read once: what its build needs and whether the cache already has it. */
export interface PlannedBuild {
  source: string;
  name: string;
  key: string;
  upToDate: boolean;
  entry: CacheEntry | undefined;
  date: Date;
  /** Undefined when the source cannot be read; the build then reports why. */
  bytes: Uint8Array | undefined;
  sidecar?: { path: string; bytes: Uint8Array };
}

export interface PlanRequest {
  sources: readonly string[];
  outDir: string;
  formats: readonly string[];
  /** The theme's folders, most specific first. */
  themeLayers: readonly string[];
  /** Options that shape the outputs, for the key. */
  options: Record<string, unknown>;
  force: boolean;
  env: NodeJS.ProcessEnv;
  /** The name a source's outputs (and so its cache entry) share. */
  nameOf: (source: string) => string;
}

/**
 * Decides which sources need building: a source is up to date when its
 * bytes, its sidecar's, the theme's files, the options and vitae's code all
 * match the last successful build, its outputs are still there untouched,
 * and a PDF asked for bears today's build date. Reads no more than that: no
 * parsing, no browser.
 */
export async function planBuilds(request: PlanRequest): Promise<PlannedBuild[]> {
  // only the PDF carries a date: a build without one does not wait for git
  const dated = request.formats.includes("pdf") ? resolveBuildDates(request.sources, request.env) : new Map(request.sources.map((s) => [s, FIXED_EPOCH]));
  const [theme, code, dates] = await Promise.all([digestFolders(request.themeLayers), digestCode(), dated]);
  return Promise.all(
    request.sources.map(async (source): Promise<PlannedBuild> => {
      const name = request.nameOf(source);
      const sidecarFile = sidecarPath(source);
      const [bytes, sidecarBytes, entry] = await Promise.all([readOrUndefined(source, "cv"), readOrUndefined(sidecarFile, "sidecar"), readCacheEntry(request.outDir, name)]);
      const date = dates.get(source)!;
      const sidecar = sidecarBytes && { path: sidecarFile, bytes: sidecarBytes };
      if (!bytes) return { source, name, key: "", upToDate: false, entry, date, bytes, sidecar };
      const key = computeCacheKey({ source: bytes, sidecar: sidecarBytes, theme, code, options: request.options });
      const upToDate = !request.force && (await isUpToDate(entry, key, request.formats, date));
      return { source, name, key, upToDate, entry, date, bytes, sidecar };
    }),
  );
}

/** The bytes, or undefined for anything unreadable: the build then reads it again and says why. */
async function readOrUndefined(path: string, role: FileRole): Promise<Uint8Array | undefined> {
  const read = await readFileChecked(path, role);
  return read.ok ? read.value : undefined;
}

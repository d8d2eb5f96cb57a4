import { createHash } from "node:crypto";

/**
 * Everything the outputs depend on, but the date: only the PDF carries one,
 * so the cache records it beside the PDF (build-cache.ts), and building
 * without a PDF neither looks the date up nor rebuilds what a dated build made.
 */
export interface CacheInputs {
  source: Uint8Array;
  /** The `.meta.yaml` sidecar's bytes, or undefined when there is none. */
  sidecar: Uint8Array | undefined;
  theme: string;
  code: string;
  /** Build options that shape the outputs (never the output folder or the list of formats). */
  options: Record<string, unknown>;
}

/** The cache key of one source's build. */
export function computeCacheKey(inputs: CacheInputs): string {
  const options = Object.fromEntries(Object.entries(inputs.options).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return createHash("sha256")
    .update(inputs.source)
    .update("\0sidecar\0")
    .update(inputs.sidecar ?? "(none)")
    .update(`\0${inputs.theme}\0${inputs.code}\0${JSON.stringify(options)}`)
    .digest("hex");
}

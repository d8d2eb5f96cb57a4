/** Where bin/vitae.js leaves Node's own import() for the bundle. */
const IMPORT_HOOK = Symbol.for("vitae.importModule");

type ImportModule = (url: string) => Promise<unknown>;

/**
 * import() of a module outside vitae's code, such as a JSON Resume theme. The
 * CLI runs as a classic script compiled from V8's code cache (bin/vitae.js),
 * where import() has no module loader on Node 20, so the bin script hands
 * one in; run from the sources (tests), this is plain import().
 */
export function importModule(url: string): Promise<unknown> {
  const hook = (globalThis as { [IMPORT_HOOK]?: ImportModule })[IMPORT_HOOK];
  return hook ? hook(url) : import(url);
}

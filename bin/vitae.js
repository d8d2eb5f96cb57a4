#!/usr/bin/env node
/**
 * Runs the bundled CLI (dist/cli/vitae.cjs and the vendor chunks it
 * requires, made by `npm run compile`) from V8's code cache: compiling the
 * bundle is a third of an HTML-only build, and Node 20 caches compiled code
 * only for scripts loaded this way. The bundle's cache for a plain `node`
 * is written by `npm run compile` (scripts/bundle.mjs, warmCodeCache); any
 * other cache, one per Node, flags and NODE_OPTIONS, is written after the
 * first run that loads its file, and again whenever V8 rejects it; a folder
 * vitae cannot write to just goes without.
 * CommonJS itself (bin/package.json says so; the name stays, since npm and
 * npx link to it), so that Node does not load its ES module loader unless a
 * command needs it.
 */
const { createHash } = require("node:crypto");
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");
// the built-in modules every command loads, loaded before vitae's V8 flags are set: Node compiles its own modules from
// a code cache made under the default flags, and compiles them from source after any flag changes
require("node:fs/promises");
require("node:os");
require("node:v8").setFlagsFromString(require("./v8-flags.js").join(" "));

const dist = join(__dirname, "../dist/cli");
let codeDigest;
try {
  codeDigest = readFileSync(join(dist, "code-digest.txt"), "utf8").trim();
} catch {
  process.stderr.write(`vitae: ${dist} holds no compiled bundle; run \`npm run compile\` in ${join(dist, "../..")}\n`);
  process.exit(2);
}
// V8 rejects a cache made by another Node or under other flags: one file per kind of run, so that runs
// alternating between them (a test under --inspect, say) do not keep rewriting each other's cache
const runKind = createHash("sha256").update(`${process.version}\0${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`).digest("hex");
// import() inside a script from the code cache has no loader on Node 20: src/import-module.ts uses this one
globalThis[Symbol.for("vitae.importModule")] = (url) => import(url);
/** The scripts run so far whose code cache is missing or was rejected: written once the command is done. */
const uncached = [];
const cli = runCached(join(dist, "vitae.cjs"));

// a command whose promise never settles is a bug, not a success
process.exitCode = 1;
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // after the run, so that each cache holds the functions this command compiled, not only the top level
  for (const { script, cacheFile } of uncached) writeCache(cacheFile, script.createCachedData());
});

/**
 * Runs one CommonJS file of the bundle (the CLI, or a vendor chunk it
 * requires: scripts/bundle.mjs) from its code cache and returns its exports.
 */
function runCached(file) {
  // ASCII only (scripts/bundle.mjs makes it so): read as Latin-1, it becomes a one-byte string without decoding
  const source = readFileSync(file, "latin1");
  const cacheFile = `${file}.${codeDigest.slice(0, 16)}.${runKind.slice(0, 8)}.v8cache`;
  const cachedData = readOrUndefined(cacheFile);
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) uncached.push({ script, cacheFile });
  const module = new Module(file);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  // the bundle requires each chunk once (esbuild's module wrappers remember the exports)
  const requireChunkOrModule = (id) => (id.startsWith("./vendor/") ? runCached(join(dirname(file), id)) : module.require(id));
  script.runInThisContext()(module.exports, requireChunkOrModule, module, file, dirname(file));
  return module.exports;
}

function readOrUndefined(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed, so that parallel runs (`make -j`) never read half a cache. */
function writeCache(cacheFile, data) {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, cacheFile);
  } catch {
    rmSync(partial, { force: true });
  }
}

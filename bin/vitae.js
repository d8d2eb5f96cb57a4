#!/usr/bin/env node
/**
 * Runs the bundled CLI (dist/cli/vitae.cjs, made by `npm run compile`)
 * from V8's code cache: compiling the bundle is a third of an HTML-only
 * build, and Node 20 caches compiled code only for scripts loaded this way.
 * The cache is written after the first run and again whenever V8 rejects it
 * (another Node, other flags); a folder vitae cannot write to just goes
 * without. CommonJS itself (bin/package.json says so; the name stays, since
 * npm and npx link to it), so that Node does not load its ES module loader
 * unless a command needs it.
 */
// compile each regular expression straight to machine code: the parser has hundreds, mostly run a few
// times per CV, and V8's default of interpreting first and compiling later compiles most of them twice
require("node:v8").setFlagsFromString("--no-regexp-tier-up");
const { createHash } = require("node:crypto");
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { join } = require("node:path");
const { Script } = require("node:vm");

const dist = join(__dirname, "../dist/cli");
const bundle = join(dist, "vitae.cjs");
let source;
try {
  // ASCII only (scripts/bundle.mjs makes it so): read as Latin-1, it becomes a one-byte string without decoding
  source = readFileSync(bundle, "latin1");
} catch {
  process.stderr.write(`vitae: ${bundle} is missing; run \`npm run compile\` in ${join(dist, "../..")}\n`);
  process.exit(2);
}
// V8 rejects a cache made by another Node or under other flags: one file per kind of run, so that runs
// alternating between them (a test under --inspect, say) do not keep rewriting each other's cache
const runKind = createHash("sha256").update(`${process.version}\0${process.execArgv.join(" ")}\0${process.env.NODE_OPTIONS ?? ""}`).digest("hex");
const codeDigest = readFileSync(join(dist, "code-digest.txt"), "utf8").trim();
const cacheFile = join(dist, `vitae.${codeDigest.slice(0, 16)}.${runKind.slice(0, 8)}.v8cache`);
const cachedData = readOrUndefined(cacheFile);
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
// import() inside a script from the code cache has no loader on Node 20: src/import-module.ts uses this one
globalThis[Symbol.for("vitae.importModule")] = (url) => import(url);
const cli = new Module(bundle);
cli.filename = bundle;
cli.paths = Module._nodeModulePaths(dist);
script.runInThisContext()(cli.exports, (id) => cli.require(id), cli, bundle, dist);

// a command whose promise never settles is a bug, not a success
process.exitCode = 1;
cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // after the run, so that the cache holds the functions this command compiled, not only the top level
  if (!cachedData || script.cachedDataRejected) writeCache(script.createCachedData());
});

function readOrUndefined(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed, so that parallel runs (`make -j`) never read half a cache. */
function writeCache(data) {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(partial, data);
    renameSync(partial, cacheFile);
  } catch {
    rmSync(partial, { force: true });
  }
}

/**
 * Bundles the CLI into CommonJS files in dist/cli/ with esbuild: vitae.cjs,
 * and one file per package under vendor/ that only a PDF needs (see
 * VENDOR_CHUNKS). Node 20 spends more time resolving and compiling hundreds
 * of small ES modules than vitae spends on a CV (an HTML-only build took
 * ~1 s unbundled). CommonJS rather than ESM because only a classic script can
 * be compiled from V8's code cache on Node 20 (bin/vitae.js does that, for
 * each file), which takes another third off an HTML-only build.
 *
 * The bundle also holds the built-in templates, precompiled by Handlebars
 * (src/render/precompiled-templates.ts). Beside it goes code-digest.txt, the
 * digest of all the bundled code that cache keys use, so that a build does
 * not hash megabytes of its own code to find out which vitae it is, and the
 * bundle's code cache (see warmCodeCache).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decode, encode } from "@jridgewell/sourcemap-codec";
import { build } from "esbuild";
import Handlebars from "handlebars";

/**
 * commander requires child_process when it loads, only to run git-style
 * executable subcommands, which vitae has none of; loading child_process (and
 * net, dgram… with it) was a few milliseconds of every command. Its copy is
 * loaded on first use instead.
 */
const lazyChildProcessForCommander = {
  name: "lazy-child-process-for-commander",
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes("/node_modules/commander/") ? { path: "child_process", namespace: "lazy" } : undefined));
    build.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({ contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });', loader: "js" }));
  },
};

/**
 * Packages bundled into files of their own, which the main bundle requires
 * only when a command first uses them: puppeteer-core (with the download and
 * proxy code it brings) and pdf-lib are two thirds of vitae's code, and only
 * PDFs need them (printing, finishing, and reading one back with `extract` or
 * `inspect`). An HTML-only build then neither reads them nor loads them from
 * the code cache. The same holds for Word files: docx writes them, mammoth
 * and jszip read them.
 */
const VENDOR_CHUNKS = ["puppeteer-core", "pdf-lib", "docx", "mammoth", "jszip"];

/** An import of a vendor package becomes a module that requires its chunk (bin/vitae.js loads that from the code cache). */
const vendorChunks = {
  name: "vendor-chunks",
  setup(build) {
    const packages = new RegExp(`^(${VENDOR_CHUNKS.join("|")})$`);
    build.onResolve({ filter: packages }, (args) => ({ path: args.path, namespace: "vendor" }));
    build.onResolve({ filter: /^\.\/vendor\//, namespace: "vendor" }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: "vendor" }, (args) => ({ contents: `module.exports = require("./vendor/${args.path}.cjs");`, loader: "js" }));
  },
};

let precompiledCount = 0;
/** The bundle's copy of src/render/precompiled-templates.ts: every built-in template, precompiled, by the digest of its text. */
const precompiledTemplates = {
  name: "precompiled-templates",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled-templates\.ts$/ }, () => {
      const files = readdirSync(`${root}templates`, { recursive: true }).filter((f) => f.endsWith(".hbs"));
      // themes may share a file's text: one entry per text
      const texts = new Set(files.map((file) => readFileSync(join(root, "templates", file), "utf8")));
      // the key and the options are those of src/render/precompiled.ts and compile-theme.ts
      const entries = [...texts].map((text) => `${JSON.stringify(createHash("sha256").update(text).digest("hex"))}: ${Handlebars.precompile(text)}`);
      precompiledCount = entries.length;
      return { contents: `export const PRECOMPILED_TEMPLATES = {\n${entries.join(",\n")}\n};`, loader: "js" };
    });
  },
};

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/cli`;
const bundle = `${outdir}/vitae.cjs`;
// a code cache or digest left from another bundle must never be read beside this one
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
/** What the main bundle and the vendor chunks are built with alike. */
const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  sourcemap: "linked",
  // ES builds first: the packages' CommonJS builds are larger and some lose named exports through interop
  mainFields: ["module", "main"],
  // puppeteer (not puppeteer-core, which is bundled) finds its downloaded Chrome through a configuration
  // loader that resolves files relative to its own modules; it is loaded only when no other browser is found
  external: ["puppeteer"],
  // bin/vitae.js compiles the bundle as a classic script (vm.Script), where Node 20 has no loader for import():
  // every import() of a module outside the bundle (node:child_process, puppeteer…) becomes a require; JSON
  // Resume themes, which may be ES modules, go through the import hook of src/import-module.ts instead
  supported: { "dynamic-import": false },
  // the sources are ES modules; in a CommonJS bundle their import.meta comes from the bundle's own file
  define: { "import.meta.url": "vitaeBundleUrl" },
  banner: { js: 'const vitaeBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
};
await build({ ...common, entryPoints: [`${root}src/cli.ts`], outfile: bundle, plugins: [lazyChildProcessForCommander, vendorChunks, precompiledTemplates] });
// without them every build compiles the templates again, and nothing else would say so
if (!precompiledCount) throw new Error("the bundle holds no precompiled templates: src/render/precompiled-templates.ts was not replaced");
const chunks = VENDOR_CHUNKS.map((name) => `${outdir}/vendor/${name}.cjs`);
for (const [i, name] of VENDOR_CHUNKS.entries()) {
  await build({ ...common, entryPoints: [name], absWorkingDir: root, outfile: chunks[i] });
}
const code = [bundle, ...chunks];
code.forEach(asciiOnly);
const digest = createHash("sha256");
for (const file of code) digest.update(`${file.slice(outdir.length)}\0${createHash("sha256").update(readFileSync(file)).digest("hex")}\n`);
writeFileSync(`${outdir}/code-digest.txt`, digest.digest("hex"));
warmCodeCache();

/**
 * Escapes the non-ASCII characters esbuild leaves in regular expression
 * literals, so that bin/vitae.js can read the bundle as Latin-1: V8 then keeps
 * it as a one-byte string instead of decoding UTF-8 into a two-byte one, which
 * took a twentieth of an HTML-only build. An escape means what the character
 * means in a literal, except after a backslash or in String.raw, which are refused. The source
 * map's columns are moved to match, so stack traces still point at the source.
 */
function asciiOnly(file) {
  const lines = readFileSync(file, "utf8").split("\n");
  // after a backslash, or in String.raw's raw text, an escape would not mean the character
  const unescapable = lines.join("\n").match(/\\[^\x00-\x7f]|String\.raw`[^`]*[^\x00-\x7f]/);
  if (unescapable) throw new Error(`${file}: cannot escape the non-ASCII character in ${JSON.stringify(unescapable[0].slice(-40))} without changing its meaning`);
  const escapedColumns = lines.map((line) => [...line.matchAll(/[^\x00-\x7f]/g)].map((m) => m.index));
  writeFileSync(file, lines.map((line) => line.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)).join("\n"));
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8"));
  // each segment's first field is its generated column: moved right by 5 for every character escaped before it
  const moved = (column, escaped) => column + 5 * escaped.filter((c) => c < column).length;
  map.mappings = encode(decode(map.mappings).map((segments, i) => (escapedColumns[i]?.length ? segments.map(([column, ...rest]) => [moved(column, escapedColumns[i]), ...rest]) : segments)));
  writeFileSync(`${file}.map`, JSON.stringify(map));
}

/**
 * Has bin/vitae.js write the bundle's code cache, for `node` run without
 * options, from one build of a Markdown CV (`vitae init`'s starter, with
 * front matter and raw HTML) and a plain-text one (the starter exported as
 * text) to JSON, HTML and LaTeX. Left to the first build after compiling,
 * the cache would hold only the code that build happened to run, and every
 * later build of the other kind would compile the rest again: an HTML-only
 * build of a Markdown CV cost 323 instead of 282 ms (profiled) when the first
 * build had been of a plain-text one. A warm-up that fails only costs that:
 * the first build writes the cache then.
 */
function warmCodeCache() {
  let work;
  const env = { ...process.env, NODE_OPTIONS: "" };
  const vitae = (...args) => execFileSync(process.execPath, [`${root}bin/vitae.js`, ...args], { cwd: work, env, timeout: 60_000, stdio: ["ignore", "ignore", "pipe"] });
  const removeCaches = () => {
    for (const file of readdirSync(outdir)) if (file.endsWith(".v8cache")) rmSync(join(outdir, file));
  };
  try {
    work = mkdtempSync(join(tmpdir(), "vitae-warm-"));
    vitae("init", "cv.md");
    vitae("build", "cv.md", "--format", "txt", "--out", "exported");
    renameSync(join(work, "exported/cv.txt"), join(work, "plain.txt"));
    // the runs above wrote a cache of their own, from one path each
    removeCaches();
    vitae("build", "cv.md", "plain.txt", "--format", "json,html,tex", "--out", "out");
  } catch (e) {
    removeCaches();
    console.warn(`vitae's code cache was not written ahead (${String(e.stderr || e.message).trim().split("\n")[0]}); the first build will write it`);
  } finally {
    if (work) rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Bundles the CLI into one CommonJS file, dist/cli/vitae.cjs, with esbuild.
 * Node 20 spends more time resolving and compiling hundreds of small ES
 * modules than vitae spends on a CV (an HTML-only build took ~1 s
 * unbundled). CommonJS rather than ESM because only a classic script can be
 * compiled from V8's code cache on Node 20 (bin/vitae.js does that), which
 * takes another third off an HTML-only build.
 *
 * Also writes, beside the bundle, code-digest.txt, the digest of the bundle
 * that cache keys use (so that a build does not hash megabytes of its own
 * code to find out which vitae it is), and precompiled-templates.json, the
 * built-in templates precompiled by Handlebars (src/render/precompiled.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import Handlebars from "handlebars";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/cli`;
const bundle = `${outdir}/vitae.cjs`;
// a code cache or digest left from another bundle must never be read beside this one
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [`${root}src/cli.ts`],
  outfile: bundle,
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
  // the sources are ES modules; in a CommonJS bundle their import.meta comes from the bundle's own file
  define: { "import.meta.url": "vitaeBundleUrl" },
  banner: { js: 'const vitaeBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
writeFileSync(`${outdir}/code-digest.txt`, createHash("sha256").update(readFileSync(bundle)).digest("hex"));

const templates = readdirSync(`${root}templates`, { recursive: true }).filter((f) => f.endsWith(".hbs"));
const precompiled = Object.fromEntries(
  templates.map((file) => {
    const text = readFileSync(join(root, "templates", file), "utf8");
    // the key and the options are those of src/render/precompiled.ts and compile-theme.ts
    return [createHash("sha256").update(text).digest("hex"), Handlebars.precompile(text)];
  }),
);
writeFileSync(`${outdir}/precompiled-templates.json`, JSON.stringify(precompiled));

/**
 * Bundles the CLI into dist/cli/ with esbuild. Node 20 spends more time
 * resolving and compiling hundreds of small ES modules than vitae spends on
 * a CV (an HTML-only build took ~1 s unbundled); one bundle split at vitae's
 * own lazy imports loads only what a command needs.
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist/cli`;
// chunk names are content hashes: without this, every change would leave the old ones behind
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: `${root}src/cli.ts` },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  // ES builds first: esbuild's CommonJS interop loses named exports of a lazily imported pdf-lib
  mainFields: ["module", "main"],
  // puppeteer (not puppeteer-core, which is bundled) finds its downloaded Chrome through a configuration
  // loader that resolves files relative to its own modules; it is loaded only when no other browser is found
  external: ["puppeteer"],
  // CommonJS dependencies (handlebars, commander) call require() for Node's built-in modules
  banner: { js: 'import { createRequire as vitaeCreateRequire } from "node:module"; const require = vitaeCreateRequire(import.meta.url);' },
  logLevel: "warning",
});

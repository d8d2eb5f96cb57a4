import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { importModule } from "../import-module.js";
import { PACKAGE_ROOT } from "../paths.js";
import { ThemeError } from "../render/theme.js";

/** A JSON Resume theme's contract: `render(resume)` returns the page, sometimes as a promise. */
export type JsonResumeRender = (resume: Record<string, unknown>) => string | Promise<string>;

const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?jsonresume-theme-[a-z0-9][\w.-]*$/i;

/** True when `--theme` names a JSON Resume theme package (`jsonresume-theme-even`, `@scope/jsonresume-theme-x`). */
export function isJsonResumeThemeName(name: string): boolean {
  return PACKAGE_NAME.test(name);
}

/**
 * Imports an installed JSON Resume theme package and returns its `render`.
 * The package is looked up from `fromDir` (the user's CV repository) first,
 * then beside vitae, so a theme installed in either place works.
 */
export async function loadThemePackage(name: string, fromDir = process.cwd()): Promise<JsonResumeRender> {
  const entry = resolveEntry(name, fromDir);
  if (!entry) throw new ThemeError(`the JSON Resume theme "${name}" is not installed; run \`npm install ${name}\` in your CV repository`);
  let module: { render?: unknown; default?: { render?: unknown } };
  try {
    module = (await importModule(entry)) as typeof module;
  } catch (e) {
    throw new ThemeError(`the JSON Resume theme "${name}" failed to load: ${(e as Error).message.split("\n")[0]}`);
  }
  const render = module.render ?? module.default?.render;
  if (typeof render !== "function") throw new ThemeError(`"${name}" exports no render(resume) function, so it is not a JSON Resume theme`);
  return render as JsonResumeRender;
}

/**
 * The URL a package's bare import leads to, as Node's ESM loader would pick it
 * (the "import" condition first: some themes' CommonJS builds require ESM-only
 * packages), or undefined when it is installed neither under `dir` nor beside vitae.
 */
function resolveEntry(name: string, dir: string): string | undefined {
  const found = resolveEsmEntry(name, dir) ?? resolveEsmEntry(name, PACKAGE_ROOT) ?? requireResolve(name, dir) ?? requireResolve(name, PACKAGE_ROOT);
  return found && pathToFileURL(found).href;
}

/** Node's CommonJS resolution from `dir`, for packages whose layout the ESM lookup above does not read. */
function requireResolve(name: string, dir: string): string | undefined {
  try {
    return createRequire(join(resolve(dir), "noop.js")).resolve(name);
  } catch {
    return undefined;
  }
}

function resolveEsmEntry(name: string, dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const root = join(d, "node_modules", name);
    if (existsSync(join(root, "package.json"))) {
      const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports?: unknown; module?: string; main?: string };
      const target = importTarget(pkg.exports) ?? pkg.module ?? pkg.main ?? "index.js";
      return join(root, target);
    }
    if (dirname(d) === d) return undefined;
  }
}

/** The `import` (or `default`) target of a package's "." export, in the shapes packages use. */
function importTarget(exports: unknown): string | undefined {
  if (typeof exports === "string") return exports;
  if (typeof exports !== "object" || exports === null) return undefined;
  const map = exports as Record<string, unknown>;
  const main = "." in map ? map["."] : map;
  if (typeof main === "string") return main;
  if (typeof main !== "object" || main === null) return undefined;
  for (const condition of ["import", "node", "default"]) {
    const found = importTarget((main as Record<string, unknown>)[condition]);
    if (found) return found;
  }
  return undefined;
}

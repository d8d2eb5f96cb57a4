import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, isAbsolute, join, resolve } from "node:path";
import * as z from "../resume/zod.js";
import { TEMPLATES_DIR } from "../paths.js";

/**
 * theme.json: what a theme says about itself, and limits for page fitting. The look (accent, font, page size,
 * margins) lives in the theme's style.css; an option of the same name here overrides it, for a theme that
 * changes a setting or two without a stylesheet of its own.
 */
export const ThemeManifestSchema = z.object({
  /** A note to the reader of the file, since JSON has no comments. */
  "//": z.string().optional(),
  name: z.string(),
  description: z.string().optional(),
  /** A built-in theme this one inherits every file it does not have from. */
  extends: z.string().optional(),
  options: z
    .object({
      "//": z.string().optional(),
      /** Any CSS colour; overrides the stylesheet's `--accent`. */
      accent: z.string().optional(),
      /** A font family installed on the machine; overrides the stylesheet's `--font`. */
      font: z.string().optional(),
      /** Overrides the stylesheet's `@page { size }`. */
      pageSize: z.enum(["A4", "Letter"]).optional(),
      /** CSS shorthand, 1–4 lengths; overrides the stylesheet's `@page { margin }`. */
      margins: z.string().optional(),
      /** The smallest `--vitae-scale` (font-size multiplier) a page-fitting build may step down to. */
      minScale: z.number().positive().max(1).optional(),
      /** The smallest `--vitae-spacing` (spacing multiplier) a page-fitting build may step down to. */
      minSpacing: z.number().positive().max(1).optional(),
    })
    .partial()
    .optional(),
});
export type ThemeManifest = z.infer<typeof ThemeManifestSchema>;

/** A theme resolved on disk: its folders from the most specific to the built-in it extends. */
export interface Theme {
  name: string;
  manifest: ThemeManifest;
  /** Folders searched for each file, user's first: a user's file wins over the built-in one. */
  layers: string[];
}

export class ThemeError extends Error {}

/** True when the user named a folder rather than a built-in theme. */
function isThemePath(nameOrPath: string): boolean {
  return nameOrPath.startsWith(".") || isAbsolute(nameOrPath) || nameOrPath.includes("/") || nameOrPath.includes("\\");
}

/** The built-in themes, by folder name. */
export function listThemes(): string[] {
  return readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(TEMPLATES_DIR, d.name, "theme.json")))
    .map((d) => d.name)
    .sort();
}

/** Resolves a built-in theme name or a user's theme folder, with what it extends. */
export function loadTheme(nameOrPath: string): Theme {
  const layers: string[] = [];
  let manifest: ThemeManifest | undefined;
  let next: string | undefined = nameOrPath;
  while (next) {
    const dir = locate(next, layers.length === 0);
    if (layers.includes(dir)) throw new ThemeError(`theme "${nameOrPath}" extends itself through ${basename(dir)}`);
    const own = readManifest(dir);
    manifest ??= own;
    layers.push(dir);
    next = own.extends;
  }
  return { name: manifest!.name, manifest: { ...manifest!, options: mergedOptions(layers) }, layers };
}

function locate(nameOrPath: string, userMayGivePath: boolean): string {
  if (isThemePath(nameOrPath)) {
    if (!userMayGivePath) throw new ThemeError(`"extends" must name a built-in theme (${listThemes().join(", ")}), not a path: ${nameOrPath}`);
    const dir = resolve(nameOrPath);
    if (!existsSync(join(dir, "theme.json"))) throw new ThemeError(`${nameOrPath} is not a theme folder: it has no theme.json (start one with \`vitae theme copy classic ${nameOrPath}\`)`);
    return dir;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(nameOrPath) || !listThemes().includes(nameOrPath)) {
    throw new ThemeError(`unknown theme "${nameOrPath}"; built-in themes are ${listThemes().join(", ")}, or give a folder such as ./my-theme`);
  }
  return join(TEMPLATES_DIR, nameOrPath);
}

/** A theme folder's own theme.json, checked against its schema. */
export function readManifest(dir: string): ThemeManifest {
  const file = join(dir, "theme.json");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ThemeError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = ThemeManifestSchema.safeParse(json);
  if (!parsed.success) throw new ThemeError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** Options inherited from every layer, the most specific winning. */
function mergedOptions(layers: string[]): ThemeManifest["options"] {
  return layers.map(readManifest).reverse().reduce((acc, m) => ({ ...acc, ...m.options }), {});
}

/** The path of a theme file, looked up through its layers; undefined when no layer has it. */
export function findThemeFile(theme: Theme, relative: string): string | undefined {
  for (const dir of theme.layers) {
    const path = join(dir, relative);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Partials by name for one target ("entry" from partials/entry.html.hbs), user layers winning. */
export function findPartials(theme: Theme, extension: ".html.hbs" | ".tex.hbs"): Map<string, string> {
  const partials = new Map<string, string>();
  for (const dir of [...theme.layers].reverse()) {
    const folder = join(dir, "partials");
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) if (file.endsWith(extension)) partials.set(file.slice(0, -extension.length), join(folder, file));
  }
  return partials;
}

/**
 * A theme's look has one home: its stylesheet. `--accent` and `--font` in `:root`, page size and margins
 * in `@page`. theme.json's options override a value only where the user wrote one there. This module reads
 * both, so that the LaTeX output and the page checks use the very values Chromium prints with.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatHex, modeHsl, modeHwb, modeLab, modeLch, modeOklab, modeOklch, modeRgb, parse as parseColour, useMode } from "culori/fn";
import postcss, { type AtRule, type Container, type Declaration, type Rule } from "postcss";
import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import { findThemeFile, readManifest, ThemeError, type Theme, type ThemeManifest } from "./theme.js";

// the colour spaces CSS Color 4 names, so any colour a stylesheet may hold converts to hex for xcolor
for (const mode of [modeRgb, modeHsl, modeHwb, modeLab, modeLch, modeOklab, modeOklch]) useMode(mode);

type PageSize = "A4" | "Letter";

/** The settings both targets print with. */
export interface ThemeSettings {
  /** Six hex digits after a "#", lower-case. */
  accent: string;
  /** The main font's family name, unquoted. */
  font: string;
  pageSize: PageSize;
  /** Four lengths: top right bottom left. */
  margins: [string, string, string, string];
}

/** What a theme says when neither its stylesheet nor its theme.json names a setting. */
const DEFAULT_SETTINGS: ThemeSettings = { accent: "#1f3a68", font: "Noto Serif", pageSize: "A4", margins: ["16mm", "17mm", "16mm", "17mm"] };

/** The stylesheets HTML inlines, in cascade order: the shared print rules first, the theme's own after. */
export const STYLESHEETS = ["print.css", "style.css"] as const;

const LENGTH = /^\d+(\.\d+)?(mm|cm|in|pt)$/;
/** A generic family has no font file; LaTeX gets the Noto face the themes fall back to. */
const GENERIC_FAMILIES: Record<string, string> = { serif: "Noto Serif", "sans-serif": "Noto Sans", "system-ui": "Noto Sans", monospace: "Noto Sans Mono" };

/** The theme's settings: its stylesheets' values, overridden by the options its theme.json sets. */
export function readThemeSettings(theme: Theme): ThemeSettings {
  const fromCss = STYLESHEETS.flatMap((name) => findThemeFile(theme, name) ?? []).reduce<Partial<ThemeSettings>>((acc, file) => ({ ...acc, ...readStylesheet(file).settings }), {});
  return { ...DEFAULT_SETTINGS, ...fromCss, ...readOptionSettings(theme) };
}

/**
 * A warning for each setting the user's own theme folder writes twice, in its theme.json's options and in
 * its style.css: theme.json wins, and an edit of the stylesheet's value would otherwise change nothing, silently.
 */
export function findOverriddenSettings(theme: Theme): Diagnostic[] {
  const stylesheet = join(theme.layers[0]!, "style.css");
  if (!existsSync(stylesheet)) return [];
  const { lines } = readStylesheet(stylesheet);
  // the folder's own theme.json, not the options a build request adds (--page-size)
  const overrides = optionSettings(readManifest(theme.layers[0]!).options ?? {}, theme.layers[0]!);
  return (Object.keys(overrides) as (keyof ThemeSettings)[]).flatMap((key) => {
    const declared = lines[key];
    if (!declared) return [];
    const value = [overrides[key]].flat().join(" ");
    const message = `${declared.prop} here is overridden by theme.json's options.${key} (${value}), so an edit here changes nothing; keep the setting in one of the two files`;
    return [diagnose(stylesheet, "warning", "theme-setting-overridden", message, { line: declared.line, column: 1 })];
  });
}

/** The settings theme.json's options set (through every layer), which override the stylesheet's. */
export function readOptionSettings(theme: Theme): Partial<ThemeSettings> {
  return optionSettings(theme.manifest.options ?? {}, theme.layers[0]!);
}

function optionSettings(options: NonNullable<ThemeManifest["options"]>, folder: string): Partial<ThemeSettings> {
  const settings: Record<string, unknown> = {};
  for (const [key, reader] of Object.entries(OPTION_SETTINGS)) {
    const value = options[key as keyof typeof OPTION_SETTINGS];
    if (value) settings[key] = reader.read(value) ?? throwError(new ThemeError(`${join(folder, "theme.json")}: options.${key}: ${value} is not ${reader.expected}`));
  }
  return settings as Partial<ThemeSettings>;
}

/** Where a stylesheet declares each setting: the property and line of the declaration that wins. */
type SettingLines = Partial<Record<keyof ThemeSettings, { prop: string; line: number }>>;

/** How to read one setting from a declaration, and what to say when it cannot be read. */
type SettingReader = { key: keyof ThemeSettings; read: (value: string) => ThemeSettings[keyof ThemeSettings] | undefined; expected: string };

/** The settings in `:root` (or `html`), by property. */
const ROOT_SETTINGS: Record<string, SettingReader> = {
  "--accent": { key: "accent", read: toHex, expected: "a colour the LaTeX output can use (write one such as #2e6b3a or seagreen)" },
  "--font": { key: "font", read: firstFamily, expected: 'a font family the LaTeX output can use (write one such as "Noto Sans")' },
};
/** The settings in the bare `@page` rule, by property. */
const PAGE_SETTINGS: Record<string, SettingReader> = {
  size: { key: "pageSize", read: pageSizeOf, expected: "a page size vitae prints (A4 or letter)" },
  margin: { key: "margins", read: expandMargins, expected: "1 to 4 lengths in mm, cm, in or pt" },
};
/** The same settings in theme.json's options, read the same way. */
const OPTION_SETTINGS = { accent: ROOT_SETTINGS["--accent"]!, font: ROOT_SETTINGS["--font"]!, pageSize: PAGE_SETTINGS.size!, margins: PAGE_SETTINGS.margin! };

/** The settings one stylesheet declares for the printed page, the last declaration of each winning. */
function readStylesheet(file: string): { settings: Partial<ThemeSettings>; lines: SettingLines } {
  let root;
  try {
    root = postcss.parse(readFileSync(file, "utf8"), { from: file });
  } catch (e) {
    throw new ThemeError(`${file}: not valid CSS (${(e as Error).message})`);
  }
  const settings: Record<string, unknown> = {};
  const lines: SettingLines = {};
  const readAll = (container: Container, readers: Record<string, SettingReader>) => {
    for (const d of declarations(container)) {
      const reader = readers[d.prop];
      if (!reader) continue;
      const line = d.source?.start?.line ?? 1;
      settings[reader.key] = reader.read(d.value) ?? throwError(new ThemeError(`${file}:${line}: ${d.prop}: ${d.value} is not ${reader.expected}`));
      lines[reader.key] = { prop: d.prop, line };
    }
  };
  root.walkRules((rule) => {
    if (appliesToPrint(rule) && rule.selectors.some((s) => s === ":root" || s === "html")) readAll(rule, ROOT_SETTINGS);
  });
  // `@page :first` and the like change one page; the document's size and margins are the bare rule's
  root.walkAtRules("page", (page) => {
    if (!page.params.trim() && appliesToPrint(page)) readAll(page, PAGE_SETTINGS);
  });
  return { settings: settings as Partial<ThemeSettings>, lines };
}

/** True when a rule is top-level or only inside `@media print`/`all`: what the printed page uses. */
function appliesToPrint(node: Rule | AtRule): boolean {
  for (let parent = node.parent; parent && parent.type !== "root"; parent = parent.parent) {
    if (parent.type !== "atrule") return false;
    const at = parent as AtRule;
    if (at.name !== "media" || !/^(print|all)$/i.test(at.params.trim())) return false;
  }
  return true;
}

function declarations(container: Container): Declaration[] {
  return (container.nodes ?? []).filter((n): n is Declaration => n.type === "decl");
}

function throwError(error: Error): never {
  throw error;
}

/** Any CSS colour → "#rrggbb"; undefined when it is not one (a `var()`, a typo). */
function toHex(colour: string): string | undefined {
  const parsed = parseColour(colour.trim());
  return parsed ? formatHex(parsed) : undefined;
}

/** `"Fira Sans", sans-serif` → "Fira Sans"; a generic family → the Noto face that stands in for it. */
function firstFamily(value: string): string | undefined {
  const m = /^\s*(?:"([^"]+)"|'([^']+)'|([^,"']+))/.exec(value);
  const name = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
  if (!name || name.startsWith("var(")) return undefined;
  return GENERIC_FAMILIES[name.toLowerCase()] ?? name;
}

function pageSizeOf(value: string): PageSize | undefined {
  const words = value.trim().toLowerCase().split(/\s+/).filter((w) => w !== "portrait");
  if (words.length !== 1) return undefined;
  return words[0] === "a4" ? "A4" : words[0] === "letter" ? "Letter" : undefined;
}

/** CSS shorthand (1–4 lengths) → four lengths; undefined when a part is not a length vitae can give LaTeX. */
function expandMargins(shorthand: string): ThemeSettings["margins"] | undefined {
  const parts = shorthand.trim().split(/\s+/);
  if (!parts.every((p) => LENGTH.test(p)) || parts.length > 4) return undefined;
  const [t, r = t, b = t, l = r] = parts as [string, ...string[]];
  return [t, r, b, l];
}

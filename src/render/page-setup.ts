/** Turns a theme's settings into what each target's template prints verbatim. */
import Handlebars from "handlebars";
import { escapeLatex } from "./escape.js";
import type { ThemeSettings } from "./theme-settings.js";

/** What the HTML templates print: theme.json's overrides and the running page number. */
export interface HtmlPageSetup {
  /** CSS for the settings theme.json's options set, placed after the stylesheet so they win; absent when it sets none. */
  cssOverrides?: Handlebars.SafeString;
  /** CSS `content` for the running page number: `"Page " counter(page)`. */
  pageContent: Handlebars.SafeString;
}

/** What the LaTeX templates print: the theme's settings as LaTeX, and the running page label. */
export interface LatexPageSetup {
  /** LaTeX geometry options: paper and the four margins. */
  geometry: Handlebars.SafeString;
  /** The accent colour as six hex digits, for xcolor's `HTML` model. */
  accentHex: string;
  /** The main font for fontspec, reduced to characters safe in a LaTeX argument. */
  fontTex: Handlebars.SafeString;
  /** The running page label for LaTeX, `\thepage` standing for the number. */
  pageTex: Handlebars.SafeString;
}

/** The HTML page setup: only what theme.json overrides, since the stylesheet sets the rest itself. */
export function htmlPageSetup(overrides: Partial<ThemeSettings>, pageLabel: string): HtmlPageSetup {
  const css = cssOf(overrides);
  return { cssOverrides: css ? new Handlebars.SafeString(css) : undefined, pageContent: new Handlebars.SafeString(cssPageContent(pageLabel)) };
}

/** The LaTeX page setup for a theme's settings (the stylesheet's values, theme.json's over them) and page label ("Page %n"). */
export function latexPageSetup(settings: ThemeSettings, pageLabel: string): LatexPageSetup {
  const [top, right, bottom, left] = settings.margins;
  const paper = settings.pageSize === "Letter" ? "letterpaper" : "a4paper";
  return {
    geometry: new Handlebars.SafeString(`${paper},top=${top},right=${right},bottom=${bottom},left=${left}`),
    accentHex: settings.accent.slice(1).toUpperCase(),
    fontTex: new Handlebars.SafeString(settings.font.replace(/[^\p{L}\p{N} -]/gu, "")),
    pageTex: new Handlebars.SafeString(pageLabel.split("%n").map(escapeLatex).join("\\thepage{}")),
  };
}

/** The CSS that sets what theme.json's options name; every value was checked when the settings were read. */
function cssOf(overrides: Partial<ThemeSettings>): string {
  const root = [overrides.accent && `--accent: ${overrides.accent};`, overrides.font && `--font: "${overrides.font.replace(/[^\p{L}\p{N} _-]/gu, "")}";`].filter(Boolean);
  const page = [overrides.pageSize && `size: ${overrides.pageSize};`, overrides.margins && `margin: ${overrides.margins.join(" ")};`].filter(Boolean);
  return [root.length ? `:root { ${root.join(" ")} }` : "", page.length ? `@page { ${page.join(" ")} }` : ""].filter(Boolean).join("\n");
}

/** "第 %n 页" → `"第 " counter(page) " 页"`, each literal a quoted CSS string. */
function cssPageContent(label: string): string {
  const quote = (s: string) => `"${s.replace(/[\\"]/g, "\\$&").replace(/[\n\r]/g, " ")}"`;
  return label
    .split("%n")
    .map((part) => (part ? quote(part) : ""))
    .join(" counter(page) ")
    .trim();
}

/** Turns a theme's page options into what each target's template prints verbatim. */
import Handlebars from "handlebars";
import { escapeLatex } from "./escape.js";
import type { ThemeManifest } from "./theme.js";

type Options = NonNullable<ThemeManifest["options"]>;

export interface PageSetup {
  /** "A4" or "Letter", for CSS `@page { size }`. */
  size: "A4" | "Letter";
  /** CSS margins, "top right bottom left". */
  margins: string;
  /** LaTeX geometry options: paper and the four margins. */
  geometry: Handlebars.SafeString;
  /** The accent colour as six hex digits, for xcolor's `HTML` model. */
  accentHex: string;
  /** The theme's main font as a quoted CSS family name, or empty to keep the stylesheet's. */
  fontCss: Handlebars.SafeString;
  /** The same font for fontspec, reduced to characters safe in a LaTeX argument. */
  fontTex: Handlebars.SafeString;
  /** The running page label for LaTeX, `\thepage` standing for the number. */
  pageTex: Handlebars.SafeString;
  /** CSS `content` for the running page number: `"Page " counter(page)`. */
  pageContent: Handlebars.SafeString;
}

const DEFAULT_MARGINS = "16mm 17mm 16mm 17mm";
const LENGTH = /^\d+(\.\d+)?(mm|cm|in|pt)$/;

/** The page setup for a theme's options and the résumé's page label ("Page %n"). */
export function pageSetup(options: Options, pageLabel: string): PageSetup {
  const size = options.pageSize ?? "A4";
  const margins = expandMargins(options.margins ?? DEFAULT_MARGINS);
  const [top, right, bottom, left] = margins;
  const paper = size === "Letter" ? "letterpaper" : "a4paper";
  return {
    size,
    margins: margins.join(" "),
    geometry: new Handlebars.SafeString(`${paper},top=${top},right=${right},bottom=${bottom},left=${left}`),
    accentHex: hexOf(options.accent ?? "#1f3a68"),
    fontCss: new Handlebars.SafeString(options.font ? `"${options.font.replace(/[^\p{L}\p{N} _-]/gu, "")}"` : ""),
    fontTex: new Handlebars.SafeString((options.font ?? "Noto Serif").replace(/[^\p{L}\p{N} -]/gu, "")),
    pageTex: new Handlebars.SafeString(pageLabel.split("%n").map(escapeLatex).join("\\thepage{}")),
    pageContent: new Handlebars.SafeString(cssPageContent(pageLabel)),
  };
}

/** CSS shorthand (1–4 lengths) → four lengths; anything unreadable falls back to the default. */
function expandMargins(shorthand: string): [string, string, string, string] {
  const parts = shorthand.trim().split(/\s+/);
  if (!parts.every((p) => LENGTH.test(p)) || parts.length > 4) return expandMargins(DEFAULT_MARGINS);
  const [t, r = t, b = t, l = r] = parts as [string, ...string[]];
  return [t, r, b, l];
}

/** "#1F3A68" or "#abc" → "1F3A68"; a named or malformed colour falls back to vitae's blue. */
function hexOf(colour: string): string {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(colour.trim());
  if (!m) return "1F3A68";
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  return hex.toUpperCase();
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

import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { HtmlPageSetup, LatexPageSetup } from "./page-setup.js";
import { precompiledTemplate } from "./precompiled.js";
import { findPartials, findThemeFile, ThemeError, type Theme } from "./theme.js";
import type { Target } from "./target.js";
import type { View } from "./view.js";

export interface TemplateContext {
  view: View;
  /** The theme's stylesheet, inlined so the printed page needs no file or network. */
  css?: Handlebars.SafeString;
  options: NonNullable<Theme["manifest"]["options"]>;
  /** The theme's settings and the running page label, ready for the target to print. */
  page: HtmlPageSetup | LatexPageSetup;
}

export type RenderTemplate = (context: TemplateContext) => string;

const MAIN_TEMPLATE: Record<Target, string> = { html: "resume.html.hbs", tex: "resume.tex.hbs" };
const PARTIAL_EXTENSION = { html: ".html.hbs", tex: ".tex.hbs" } as const;

/** Compiles a theme's main template and partials for one target, once; the result renders many résumés. */
export function compileTheme(theme: Theme, target: Target): RenderTemplate {
  const mainFile = findThemeFile(theme, MAIN_TEMPLATE[target]);
  if (!mainFile) throw new ThemeError(`theme "${theme.name}" has no ${MAIN_TEMPLATE[target]} (looked in ${theme.layers.join(", ")})`);
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [name, file] of findPartials(theme, PARTIAL_EXTENSION[target])) {
    hb.registerPartial(name, namingFile(file, compileFile(hb, file)));
  }
  const template = compileFile(hb, mainFile);
  return (context) => {
    try {
      return template(context);
    } catch (e) {
      throw e instanceof ThemeError ? e : new ThemeError(`${mainFile}: ${(e as Error).message}`);
    }
  };
}

/** Wraps a compiled partial so that an error while it runs names the partial's file, not only the main template. */
function namingFile(file: string, partial: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  return (context, options) => {
    try {
      return partial(context, options);
    } catch (e) {
      throw e instanceof ThemeError ? e : new ThemeError(`${file}: ${(e as Error).message}`);
    }
  };
}

/** A template file compiled with Handlebars' defaults, or taken precompiled when the bundle has it. */
function compileFile(hb: typeof Handlebars, file: string): Handlebars.TemplateDelegate {
  const source = readFileSync(file, "utf8");
  return precompiledTemplate(hb, source) ?? hb.compile(parseChecked(hb, file, source));
}

/**
 * Parses a template now, so a syntax error names its file and line instead of surfacing mid-render;
 * the tree is what gets compiled, so the text is parsed once.
 */
function parseChecked(hb: typeof Handlebars, file: string, source: string): hbs.AST.Program {
  try {
    return hb.parse(source);
  } catch (e) {
    const message = (e as Error).message.replace(/\n+/g, " ");
    throw new ThemeError(`${file}: ${message}`);
  }
}

/** Helpers for layout only: formatting and escaping are done in code before the template runs. */
function registerHelpers(hb: typeof Handlebars): void {
  hb.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hb.registerHelper("or", (...args: unknown[]) => args.slice(0, -1).find(Boolean));
  hb.registerHelper("and", (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  hb.registerHelper("not", (value: unknown) => !value);
  // joins already-escaped items; the separator is the template's own markup
  hb.registerHelper("join", (items: unknown, separator: unknown) =>
    new hb.SafeString((Array.isArray(items) ? items : []).map(String).join(typeof separator === "string" ? separator : ", ")),
  );
}

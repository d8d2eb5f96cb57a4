import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { Resume } from "../resume/schema.js";
import { compileTheme } from "./compile-theme.js";
import { wordsFor } from "./locale.js";
import { htmlPageSetup } from "./page-setup.js";
import { findThemeFile, type Theme } from "./theme.js";
import { readOptionSettings, STYLESHEETS } from "./theme-settings.js";
import { toView } from "./view.js";

/** A theme compiled for HTML: renders any number of résumés to self-contained pages. */
export function htmlRenderer(theme: Theme): (resume: Resume) => string {
  const template = compileTheme(theme, "html");
  // the print rules every theme shares first, so that the theme's own stylesheet may override them
  const stylesheets = STYLESHEETS.flatMap((name) => findThemeFile(theme, name) ?? []);
  const css = new Handlebars.SafeString(stylesheets.map((file) => readFileSync(file, "utf8").replace(/<\/style/gi, "<\\/style")).join("\n"));
  const options = theme.manifest.options ?? {};
  const overrides = readOptionSettings(theme);
  return (resume) => {
    const view = toView(resume, "html");
    return template({ view, css, options, page: htmlPageSetup(overrides, wordsFor(view.lang).pageLabel) });
  };
}

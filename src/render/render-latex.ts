import type { Resume } from "../resume/schema.js";
import { compileTheme } from "./compile-theme.js";
import { wordsFor } from "./locale.js";
import { latexPageSetup } from "./page-setup.js";
import type { Theme } from "./theme.js";
import { readThemeSettings } from "./theme-settings.js";
import { toView } from "./view.js";

/** A theme compiled for LaTeX: renders any number of résumés to xelatex sources. */
export function latexRenderer(theme: Theme): (resume: Resume) => string {
  const template = compileTheme(theme, "tex");
  const options = theme.manifest.options ?? {};
  // the stylesheet's settings, so that the .tex prints in the colour, font and page size of the PDF
  const settings = readThemeSettings(theme);
  return (resume) => {
    const view = toView(resume, "tex");
    return template({ view, options, page: latexPageSetup(settings, wordsFor(view.lang).pageLabel) });
  };
}

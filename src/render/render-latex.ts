import type { Resume } from "../resume/schema.js";
import { compileTheme } from "./compile-theme.js";
import { wordsFor } from "./locale.js";
import { pageSetup } from "./page-setup.js";
import type { Theme } from "./theme.js";
import { toView } from "./view.js";

/** A theme compiled for LaTeX: renders any number of résumés to xelatex sources. */
export function latexRenderer(theme: Theme): (resume: Resume) => string {
  const template = compileTheme(theme, "tex");
  const options = theme.manifest.options ?? {};
  return (resume) => {
    const view = toView(resume, "tex");
    return template({ view, options, page: pageSetup(options, wordsFor(view.lang).pageLabel) });
  };
}

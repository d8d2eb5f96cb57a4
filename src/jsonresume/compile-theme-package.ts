import type { CompiledTheme } from "../build.js";
import { ThemeError } from "../render/theme.js";
import { loadThemePackage } from "./load-theme-package.js";
import { toJsonResume } from "./to-jsonresume.js";

/**
 * Wraps an installed JSON Resume theme as a vitae theme: its `render` makes the
 * HTML (and so the PDF, printed like any other page, offline), given the résumé
 * as strict JSON Resume, the only shape such themes know. JSON Resume themes
 * have no LaTeX, so `tex` comes from `base`, a compiled built-in theme.
 */
export async function compileThemePackage(name: string, base: CompiledTheme): Promise<CompiledTheme> {
  const render = await loadThemePackage(name);
  const html = async (resume: Parameters<CompiledTheme["html"]>[0]) => {
    let page: unknown;
    try {
      page = await render(toJsonResume(resume));
    } catch (e) {
      throw new ThemeError(`the JSON Resume theme "${name}" failed to render: ${(e as Error).message.split("\n")[0]}`);
    }
    if (typeof page !== "string") throw new ThemeError(`the JSON Resume theme "${name}" returned ${typeof page} instead of an HTML string`);
    return page;
  };
  return { ...base, html };
}

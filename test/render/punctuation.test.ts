import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadResume } from "../../src/load-resume.js";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { listThemes, loadTheme } from "../../src/render/theme.js";
import type { Resume } from "../../src/resume/schema.js";
import { REPO, resumeSources, seedSources } from "../support/paths.js";

const CASES_DIR = join(REPO, "../shared/corpus/cases");
const loaded: { source: string; text: string; resume: Resume }[] = [];

beforeAll(async () => {
  const cases = readdirSync(CASES_DIR).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(CASES_DIR, f));
  for (const source of [...resumeSources(), ...seedSources(), ...cases]) {
    const result = await loadResume(source);
    if (result.ok) loaded.push({ source, text: readFileSync(source, "utf8"), resume: result.value.resume });
  }
}, 120_000);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " };

/** The words of a page as a reader sees them: no markup, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(style|title)[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, " ");
}

describe.each(listThemes())("the %s theme", (theme) => {
  it("prints no space before a full stop where the source has none, for every résumé, seed and corpus case", () => {
    const [html, tex] = [htmlRenderer(loadTheme(theme)), latexRenderer(loadTheme(theme))];
    const found: string[] = [];
    for (const { source, text, resume } of loaded) {
      for (const m of visibleText(html(resume)).matchAll(/(\S+) \.(?=\s|$)/g)) {
        const word = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        // markup may stand between the word and its stop in the source: "<u>team leader</u> ."
        if (!new RegExp(`${word}(<[^>]+>|[*_]+)*\\s+\\.`).test(text)) found.push(`${source}: "…${m[0]}"`);
      }
      // a LaTeX group that opens on a stop prints after the template's own separator: "London, . London"
      for (const m of tex(resume).matchAll(/(?<!\\)\{\s*[.,;:]\s\S{0,20}/g)) found.push(`${source} (tex): "${m[0]}"`);
    }
    expect(found).toEqual([]);
  });
});

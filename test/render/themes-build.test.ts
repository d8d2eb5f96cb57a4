import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { listThemes, loadTheme } from "../../src/render/theme.js";
import { readThemeSettings } from "../../src/render/theme-settings.js";
import { ResumeSchema } from "../../src/resume/schema.js";
import { resumeSources, seedSources } from "../support/paths.js";
import { runCommand, runVitae, type RunResult } from "../support/run.js";

const themes = listThemes();
const sources = [...resumeSources(), ...seedSources()];
const root = mkdtempSync(join(tmpdir(), "vitae-themes-"));
const nameOf = (source: string) => basename(source, extname(source));
const out = (theme: string, source: string, ext: string) => join(root, theme, `${nameOf(source)}.${ext}`);
const squash = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
/** Sections a two-column theme puts in its side column, which the text layer reads first. */
const SIDE_KEYS = new Set(["skills", "languages", "interests"]);

/** Whether a section has anything to show: empty sections are left out of the page. */
function hasContent(resume: Record<string, unknown> & { basics?: { summary?: string }; sections?: { id: string; items: unknown[] }[] }, key: string): boolean {
  if (key === "summary") return Boolean(resume.basics?.summary);
  if (key.startsWith("custom:")) return Boolean(resume.sections?.find((s) => `custom:${s.id}` === key)?.items.length);
  return Array.isArray(resume[key]) && (resume[key] as unknown[]).length > 0;
}

const builds = new Map<string, RunResult>();

beforeAll(async () => {
  // one CLI run per theme, all at once: each run shares one browser across every source
  const runs = await Promise.all(themes.map((t) => runVitae(["build", ...sources, "--theme", t, "--out", join(root, t), "--format", "json,html,pdf,tex", "-q"])));
  themes.forEach((t, i) => builds.set(t, runs[i]!));
});

describe.each(themes)("the %s theme", (theme) => {
  it("builds every résumé and seed without an internal error", () => {
    const run = builds.get(theme)!;
    expect(run.stderr).not.toMatch(/internal error|templates\/.*\.hbs/);
    for (const source of sources) if (existsSync(out(theme, source, "json"))) expect(existsSync(out(theme, source, "pdf")), source).toBe(true);
  });

  it("renders from the bundle's precompiled templates exactly what compiling the templates renders", () => {
    const [html, tex] = [htmlRenderer(loadTheme(theme)), latexRenderer(loadTheme(theme))];
    for (const source of sources) {
      if (!existsSync(out(theme, source, "json"))) continue;
      const resume = ResumeSchema.parse(JSON.parse(readFileSync(out(theme, source, "json"), "utf8")));
      expect(readFileSync(out(theme, source, "html"), "utf8"), source).toBe(html(resume));
      expect(readFileSync(out(theme, source, "tex"), "utf8"), source).toBe(tex(resume));
    }
  });

  it.each(sources.map((s) => [nameOf(s), s]))("prints %s with the name and every section heading, sections in source order", async (_n, source) => {
    if (!existsSync(out(theme, source, "pdf"))) return; // the source did not parse: the parser's report, not the theme's
    const resume = JSON.parse(readFileSync(out(theme, source, "json"), "utf8"));
    const text = squash((await runCommand("pdftotext", ["-enc", "UTF-8", out(theme, source, "pdf"), "-"])).stdout);
    if (resume.basics?.name) expect(text).toContain(squash(resume.basics.name));
    const sections: { key: string; title: string }[] = (resume.meta?.sections ?? []).filter((s: { key: string }) => hasContent(resume, s.key));
    const side = theme === "modern" ? sections.filter((s) => SIDE_KEYS.has(s.key)) : [];
    const expected = [...side, ...sections.filter((s) => !side.includes(s))];
    let at = 0;
    for (const section of expected) {
      const found = text.indexOf(squash(section.title), at);
      expect(found, `"${section.title}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it("declares the résumé's language on <html> and embeds every font with a name", async () => {
    const xueshen = resumeSources().find((s) => nameOf(s) === "xueshen")!;
    expect(readFileSync(out(theme, xueshen, "html"), "utf8")).toMatch(/<html lang="en">/);
    const fonts = (await runCommand("pdffonts", [out(theme, xueshen, "pdf")])).stdout;
    expect(fonts).toMatch(/WenQuanYi/);
    expect(fonts).not.toMatch(/Type 3/);
  });
});

/**
 * How far down its content box the last page of a PDF is printed (0–1), from poppler's word boxes:
 * the lowest word inside the box, so a running footer in the bottom margin does not count.
 */
async function lastPageFill(pdf: string, [top, , bottom]: readonly string[]): Promise<{ pages: number; fill: number }> {
  const pages = Number(/Pages:\s+(\d+)/.exec((await runCommand("pdfinfo", [pdf])).stdout)![1]);
  const bbox = (await runCommand("pdftotext", ["-f", String(pages), "-l", String(pages), "-bbox", pdf, "-"])).stdout;
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)![1]);
  const pt = (length: string) => (parseFloat(length) / 25.4) * 72;
  const [boxTop, boxBottom] = [pt(top!), height - pt(bottom!)];
  const lowest = Math.max(...[...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].filter((m) => Number(m[1]) < boxBottom).map((m) => Number(m[2])));
  return { pages, fill: (lowest - boxTop) / (boxBottom - boxTop) };
}

describe.each(themes)("the %s theme's page count", (theme) => {
  const { margins } = readThemeSettings(loadTheme(theme));

  it.each(resumeSources().map((s) => [nameOf(s), s]))("ends %s on a page at least a third full, or on its only page", async (_n, source) => {
    const { pages, fill } = await lastPageFill(out(theme, source, "pdf"), margins);
    if (pages > 1) expect(fill, `page ${pages} of ${pages}`).toBeGreaterThanOrEqual(1 / 3);
  });

  it("fits resumes/xueshen.md on two A4 pages", async () => {
    const xueshen = resumeSources().find((s) => nameOf(s) === "xueshen")!;
    const info = (await runCommand("pdfinfo", [out(theme, xueshen, "pdf")])).stdout;
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeLessThanOrEqual(2);
  });
});

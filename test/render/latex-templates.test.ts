import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadResume } from "../../src/load-resume.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { loadTheme } from "../../src/render/theme.js";
import { toView } from "../../src/render/view.js";
import { resumeSources, seedSources } from "../support/paths.js";
import { runCommand } from "../support/run.js";

const sources = [...resumeSources(), ...seedSources()];
const root = mkdtempSync(join(tmpdir(), "vitae-latex-"));
const squash = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");

describe.concurrent.each(["classic", "plain"])("the %s LaTeX template", (themeName) => {
  const render = latexRenderer(loadTheme(themeName));
  it.each(sources.map((s) => [basename(s, extname(s)), s]))("compiles %s with xelatex, keeping the name and every heading within the margins", async (name, source) => {
    const loaded = await loadResume(source);
    if (!loaded.ok) return; // the parser's report, not the template's
    const { resume } = loaded.value;
    const dir = join(root, themeName, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "cv.tex"), render(resume));
    const run = await runCommand("xelatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "cv.tex"], { cwd: dir });
    expect(run.code, run.stdout.split("\n").filter((l) => l.startsWith("!")).join("\n")).toBe(0);
    const text = squash((await runCommand("pdftotext", ["-enc", "UTF-8", join(dir, "cv.pdf"), "-"])).stdout);
    if (resume.basics?.name) expect(text).toContain(squash(resume.basics.name));
    for (const section of toView(resume, "tex").sections) expect(text).toContain(squash(section.title.toString().replace(/\\(.)/g, "$1")));
    // no line runs into the margin by more than a hair
    const overfull = [...readFileSync(join(dir, "cv.log"), "utf8").matchAll(/Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\)/g)].map((m) => Number(m[1]));
    expect(overfull.filter((pt) => pt > 1)).toEqual([]);
  });
});

describe.concurrent.each(["classic", "plain"])("the %s LaTeX template, for a CV in English beside a CJK name", (themeName) => {
  it("sets dashes, quotes and ellipses in the text font, with the spaces around them kept", async () => {
    const render = latexRenderer(loadTheme(themeName));
    const dir = join(root, themeName, "punctuation");
    mkdirSync(dir, { recursive: true });
    const resume = {
      basics: { name: "Xueshen Liu", altNames: [{ name: "刘学深", lang: "zh" }], summary: "I build “elastic” systems… it’s fun · mostly" },
      work: [{ name: "ACME", position: "Engineer", startDate: "2025-05", endDate: "2025-12", period: "May 2025 – Dec 2025" }],
    };
    writeFileSync(join(dir, "cv.tex"), render(resume));
    const run = await runCommand("xelatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "cv.tex"], { cwd: dir });
    expect(run.code).toBe(0);
    const fonts = (await runCommand("pdffonts", [join(dir, "cv.pdf")])).stdout;
    const text = (await runCommand("pdftotext", ["-enc", "UTF-8", join(dir, "cv.pdf"), "-"])).stdout;
    expect(text).toContain("May 2025 – Dec 2025");
    expect(text).toContain("“elastic” systems… it’s fun · mostly");
    // the name in Chinese still gets the CJK font
    expect(fonts).toMatch(/CJK/);
  });
});

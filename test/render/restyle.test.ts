import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyTheme } from "../../src/commands/theme.js";
import { listThemes, loadTheme } from "../../src/render/theme.js";
import { readThemeSettings } from "../../src/render/theme-settings.js";
import { countColourPixels } from "../support/pdf-pixels.js";
import { RESUMES_DIR } from "../support/paths.js";
import { runCommand, runVitae } from "../support/run.js";

/** A green no built-in theme uses, so every pixel of it comes from the edit. */
const GREEN = "#11aa44";
/** Installed on the machines vitae is tested on, and used by no built-in theme. */
const FONT = "DejaVu Sans";

/** The edits a user makes in one file of a copied theme: accent, font and page size, nothing else. */
const EDITS = {
  "style.css": (dir: string) => {
    const file = join(dir, "style.css");
    const css = readFileSync(file, "utf8");
    const edited = css.replace(/--accent: [^;]+;/, `--accent: ${GREEN};`).replace(/--font: [^;]+;/, `--font: "${FONT}";`).replace(/size: A4;/, "size: letter;");
    for (const edit of [`--accent: ${GREEN};`, `--font: "${FONT}";`, "size: letter;"]) expect(edited).toContain(edit);
    writeFileSync(file, edited);
  },
  "theme.json": (dir: string) => {
    const file = join(dir, "theme.json");
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...manifest, options: { ...manifest.options, accent: GREEN, font: FONT, pageSize: "Letter" } }, null, 2));
  },
};

describe.each(listThemes())("a copy of the %s theme", (theme) => {
  const before = readThemeSettings(loadTheme(theme));

  it.each(Object.keys(EDITS) as (keyof typeof EDITS)[])(
    "prints the accent, font and page size changed in %s alone, in the PDF from Chromium and in the one from xelatex",
    async (file) => {
      const root = mkdtempSync(join(tmpdir(), `vitae-restyle-${theme}-`));
      const dir = join(root, "mytheme");
      copyTheme(theme, dir);
      EDITS[file](dir);
      const build = await runVitae(["build", join(RESUMES_DIR, "xueshen.md"), "--theme", dir, "--format", "pdf,tex", "--out", root]);
      expect(build.code, build.stderr).toBe(0);
      // theme.json wins over the copied stylesheet's values, and the build says so at each of them
      const warned = [...build.stderr.matchAll(/style\.css:\d+:1: warning: (--accent|--font|size) here is overridden by theme\.json's options\.\w+ .*\[theme-setting-overridden\]/g)].map((m) => m[1]);
      expect(warned.sort()).toEqual(file === "theme.json" ? ["--accent", "--font", "size"] : []);
      const latex = await runCommand("xelatex", ["-interaction=nonstopmode", "-halt-on-error", "-jobname=xueshen-latex", "xueshen.tex"], { cwd: root });
      expect(latex.code, latex.stdout.slice(-2000)).toBe(0);

      for (const pdf of [join(root, "xueshen.pdf"), join(root, "xueshen-latex.pdf")]) {
        const green = await countColourPixels(pdf, GREEN);
        expect(green, `${pdf}: pixels of the new accent`).toBeGreaterThan(100);
        expect(await countColourPixels(pdf, before.accent), `${pdf}: pixels of the old accent`).toBeLessThan(green / 20);
        expect((await runCommand("pdfinfo", [pdf])).stdout).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
        expect((await runCommand("pdffonts", [pdf])).stdout).toMatch(/\+DejaVuSans\b/);
      }
    },
    120_000,
  );
});

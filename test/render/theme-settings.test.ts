import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlRenderer } from "../../src/render/render-html.js";
import { loadTheme, ThemeError } from "../../src/render/theme.js";
import { findOverriddenSettings, readThemeSettings } from "../../src/render/theme-settings.js";

/** A theme folder extending classic, with the files given. */
function themeWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "vitae-settings-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "theme.json"), JSON.stringify({ name: "mine", extends: "classic" }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("a theme's settings", () => {
  it("come from each built-in theme's stylesheet", () => {
    expect(readThemeSettings(loadTheme("classic"))).toEqual({ accent: "#1f3a68", font: "Noto Serif", pageSize: "A4", margins: ["12mm", "16mm", "13mm", "16mm"] });
    expect(readThemeSettings(loadTheme("modern"))).toMatchObject({ accent: "#17607d", font: "Noto Sans", margins: ["13mm", "14mm", "14mm", "14mm"] });
    // plain has no stylesheet of its own: classic's is the one its HTML uses, so its LaTeX uses it too
    expect(readThemeSettings(loadTheme("plain"))).toEqual(readThemeSettings(loadTheme("classic")));
  });

  it("read any CSS colour, the first family of a font list, and the last declaration that applies to print", () => {
    const dir = themeWith({
      "style.css": `
        :root { --accent: #123456; --font: "Old Font"; }
        @media screen { :root { --accent: red; } }
        @page :first { margin: 40mm; }
        html { --accent: rgb(46 107 58); --font: 'Fira Sans', sans-serif; }
        @media print { @page { size: letter portrait; margin: 10mm 12mm; } }`,
    });
    expect(readThemeSettings(loadTheme(dir))).toEqual({ accent: "#2e6b3a", font: "Fira Sans", pageSize: "Letter", margins: ["10mm", "12mm", "10mm", "12mm"] });
  });

  it("take theme.json's options over the stylesheet, and the HTML prints them after it", () => {
    const dir = themeWith({ "style.css": ":root { --accent: #123456; }\n@page { size: A4; margin: 10mm; }" });
    writeFileSync(join(dir, "theme.json"), JSON.stringify({ name: "mine", extends: "classic", options: { accent: "seagreen", pageSize: "Letter" } }));
    expect(readThemeSettings(loadTheme(dir))).toMatchObject({ accent: "#2e8b57", pageSize: "Letter", margins: ["10mm", "10mm", "10mm", "10mm"] });
    const html = htmlRenderer(loadTheme(dir))({ basics: { name: "Ada" } });
    expect(html.indexOf("--accent: #2e8b57")).toBeGreaterThan(html.indexOf("--accent: #123456"));
    expect(html).toContain("@page { size: Letter; }");
  });

  it("warn, at the stylesheet's line, for each setting the user's folder writes in both files", () => {
    const dir = themeWith({ "style.css": ":root {\n  --accent: #123456;\n  --font: 'Noto Sans';\n}\n@page { margin: 10mm; }" });
    expect(findOverriddenSettings(loadTheme(dir))).toEqual([]);
    writeFileSync(join(dir, "theme.json"), JSON.stringify({ name: "mine", extends: "classic", options: { accent: "#2e6b3a", margins: "12mm", minScale: 0.9 } }));
    const warnings = findOverriddenSettings(loadTheme(dir));
    expect(warnings.map((w) => [w.position?.line, w.severity, w.ruleId])).toEqual([
      [2, "warning", "theme-setting-overridden"],
      [5, "warning", "theme-setting-overridden"],
    ]);
    expect(warnings[0]!.message).toBe("--accent here is overridden by theme.json's options.accent (#2e6b3a), so an edit here changes nothing; keep the setting in one of the two files");
    // a theme.json alone, over the built-in stylesheet, is the way to extend: nothing to warn about
    expect(findOverriddenSettings(loadTheme(themeWith({})))).toEqual([]);
  });

  it("name the file and line of a value LaTeX cannot print", () => {
    const dir = themeWith({ "style.css": ":root {\n  --accent: var(--brand);\n}" });
    expect(() => readThemeSettings(loadTheme(dir))).toThrow(ThemeError);
    expect(() => readThemeSettings(loadTheme(dir))).toThrow(/style\.css:2: --accent: var\(--brand\) is not a colour/);
    const margins = themeWith({ "style.css": "@page { margin: 1em; }" });
    expect(() => readThemeSettings(loadTheme(margins))).toThrow(/style\.css:1: margin: 1em is not 1 to 4 lengths/);
    const json = themeWith({});
    writeFileSync(join(json, "theme.json"), JSON.stringify({ name: "mine", extends: "classic", options: { accent: "bluish" } }));
    expect(() => htmlRenderer(loadTheme(json))).toThrow(/theme\.json: options\.accent: bluish is not a colour/);
  });
});

import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyTheme } from "../../src/commands/theme.js";
import { detectLanguage } from "../../src/render/detect-language.js";
import { htmlPageSetup, latexPageSetup } from "../../src/render/page-setup.js";
import { htmlRenderer } from "../../src/render/render-html.js";
import { loadTheme } from "../../src/render/theme.js";
import type { Resume } from "../../src/resume/schema.js";

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/xueshen.json"), "utf8")) as Resume;

describe("detecting a résumé's language", () => {
  it("keeps the language the source declares", () => expect(detectLanguage({ meta: { lang: "zh-CN" } })).toBe("zh-CN"));
  it("reads Chinese text as zh but an English CV with a Chinese name as en", () => {
    expect(detectLanguage({ basics: { name: "刘学深", summary: "我从事大规模语言模型系统的研究与开发工作。" } })).toBe("zh");
    expect(detectLanguage({ ...fixture, meta: {} })).toBe("en");
  });
  it("tells Japanese by its kana and Korean by Hangul", () => {
    expect(detectLanguage({ basics: { summary: "東京大学で機械学習の研究をしています。" } })).toBe("ja");
    expect(detectLanguage({ basics: { summary: "서울대학교에서 컴퓨터 공학을 전공했습니다." } })).toBe("ko");
  });
  it("tells French and German by their frequent words", () => {
    expect(detectLanguage({ basics: { summary: "Ingénieure logiciel avec une expérience dans le développement des systèmes et de la recherche pour les entreprises." } })).toBe("fr");
    expect(detectLanguage({ basics: { summary: "Softwareentwicklerin mit Erfahrung in der Entwicklung von Systemen und der Forschung für die Industrie und das Team." } })).toBe("de");
  });
});

describe("the page setup", () => {
  it("turns a theme's settings into LaTeX page settings with a localized page label", () => {
    const setup = latexPageSetup({ pageSize: "Letter", margins: ["12mm", "15mm", "12mm", "15mm"], accent: "#aabbcc", font: "Noto Sans" }, "第 %n 页");
    expect(setup.geometry.toString()).toBe("letterpaper,top=12mm,right=15mm,bottom=12mm,left=15mm");
    expect(setup.accentHex).toBe("AABBCC");
    expect(setup.pageTex.toString()).toBe("第 \\thepage{} 页");
  });
  it("writes CSS only for what theme.json overrides, and the page label as CSS content", () => {
    expect(htmlPageSetup({}, "Page %n").cssOverrides).toBeUndefined();
    const setup = htmlPageSetup({ accent: "#2e6b3a", pageSize: "Letter" }, "第 %n 页");
    expect(setup.cssOverrides?.toString()).toBe(":root { --accent: #2e6b3a; }\n@page { size: Letter; }");
    expect(setup.pageContent.toString()).toBe('"第 " counter(page) " 页"');
  });
});

describe("rendering HTML", () => {
  it("sets <html lang>, dates and fixed words in the résumé's language", () => {
    const html = htmlRenderer(loadTheme("classic"))({ basics: { name: "Léa Martin" }, work: [{ name: "Acme", startDate: "2021-09" }], meta: { lang: "fr" } });
    expect(html).toContain('<html lang="fr">');
    // a date never wraps inside itself; the range may wrap after its dash
    expect(html).toContain("sept.\u00a02021 – aujourd’hui");
  });
  it("lets only an entry taller than a third of a page break across pages", () => {
    const html = htmlRenderer(loadTheme("classic"))({
      basics: { name: "Ada" },
      work: [
        { name: "Long", highlights: Array.from({ length: 12 }, (_, i) => `Shipped thing ${i}`) },
        { name: "Short", highlights: ["One thing"] },
      ],
    });
    expect(html.match(/class="entry entry-long"/g)).toHaveLength(1);
    expect(html.indexOf("entry-long")).toBeLessThan(html.indexOf(">Short<"));
  });
  it("leaves out sections the person does not have and keeps custom sections in source order", () => {
    const html = htmlRenderer(loadTheme("academic"))(fixture);
    expect(html).not.toContain('id="volunteer"');
    expect(html.indexOf('id="projects"')).toBeLessThan(html.indexOf('id="section-talks"'));
    expect(html).toContain('<strong class="owner">X Liu</strong>');
  });
  it("names the partial's file when a template fails while rendering", () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-theme-"));
    mkdirSync(join(dir, "partials"));
    writeFileSync(join(dir, "theme.json"), JSON.stringify({ name: "broken", extends: "classic" }));
    writeFileSync(join(dir, "partials/entry.html.hbs"), "{{#each}}{{/each}}\n");
    expect(() => htmlRenderer(loadTheme(dir))(fixture)).toThrow(/partials\/entry\.html\.hbs/);
  });
});

describe("copying a theme", () => {
  it("copies every file, inherited ones too, under a theme.json that extends the original", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "vitae-copy-")), "mine");
    copyTheme("modern", dir);
    const manifest = JSON.parse(readFileSync(join(dir, "theme.json"), "utf8"));
    expect(manifest).toMatchObject({ name: "mine", extends: "modern" });
    expect(readFileSync(join(dir, "partials/entry.html.hbs"), "utf8")).toContain("entry");
    expect(loadTheme(dir).layers[0]).toBe(dir);
    expect(() => copyTheme("modern", dir)).toThrow(/not empty/);
  });
  it("writes a README that says which file changes what, how to extend instead, and how to preview", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "vitae-copy-")), "mine");
    copyTheme("academic", dir);
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme).toMatch(/\| the accent colour \| `style\.css` \| `--accent` in `:root`/);
    expect(readme).toContain('"extends": "academic"');
    expect(readme).toContain(`vitae watch cv.md --theme ${dir}`);
    expect(readme).not.toMatch(/\{\{/);
    // the settings live in the stylesheet, so the copy's theme.json names none of them
    expect(JSON.parse(readFileSync(join(dir, "theme.json"), "utf8")).options).toEqual({ minScale: 0.88, minSpacing: 0.6 });
    expect(readFileSync(join(dir, "style.css"), "utf8")).toMatch(/--accent: #7a1f2b;[\s\S]*@page \{\s*size: A4;\s*margin: 15mm 17mm 15mm 17mm;/);
  });
});

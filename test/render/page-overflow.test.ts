import puppeteer, { type Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadResume } from "../../src/load-resume.js";
import { htmlRenderer } from "../../src/render/render-html.js";
import { listThemes, loadTheme } from "../../src/render/theme.js";
import { readThemeSettings } from "../../src/render/theme-settings.js";
import type { Resume } from "../../src/resume/schema.js";
import { resumeSources, seedSources } from "../support/paths.js";

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
/** A4's content box at the widest margins a theme may choose is narrower than this; we measure at the theme's own. */
const A4_WIDTH_PX = (210 / 25.4) * 96;

let browser: Browser;
const resumes: [string, Resume][] = [];

beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });
  for (const source of [...resumeSources(), ...seedSources()]) {
    const loaded = await loadResume(source);
    if (loaded.ok) resumes.push([source, loaded.value.resume]);
  }
  // long unbroken strings are what overflow pages: a URL and a title with no spaces
  const long = "https://example.org/" + "a-very-long-path-segment/".repeat(8);
  resumes.push(["long strings", { basics: { name: "Averyveryverylongfirstname Averyveryverylonglastname", url: long }, work: [{ name: "X".repeat(120), position: "Y".repeat(90), url: long, startDate: "2020-01", highlights: ["Z".repeat(200)] }], skills: [{ name: "S".repeat(60), keywords: ["K".repeat(150)] }] }]);
});
afterAll(async () => browser?.close());

describe.each(listThemes())("the %s theme", (themeName) => {
  it("keeps every element inside the page's content box for every résumé and seed", async () => {
    const render = htmlRenderer(loadTheme(themeName));
    const [, right, , left] = readThemeSettings(loadTheme(themeName)).margins;
    const mm = (v: string) => (parseFloat(v) / 25.4) * 96;
    const contentWidth = Math.floor(A4_WIDTH_PX - mm(left) - mm(right));
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.emulateMediaType("print");
    await page.setViewport({ width: contentWidth, height: 1000 });
    const overflows: string[] = [];
    for (const [source, resume] of resumes) {
      await page.setContent(render(resume), { waitUntil: "load" });
      const found = await page.evaluate((width) => {
        const bad: string[] = [];
        if (document.documentElement.scrollWidth > width + 1) bad.push(`document ${document.documentElement.scrollWidth}px wide`);
        for (const el of document.body.querySelectorAll("*")) {
          const r = el.getBoundingClientRect();
          if (r.width && (r.right > width + 1 || r.left < -1)) bad.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}px`);
        }
        return bad.slice(0, 3);
      }, contentWidth);
      for (const f of found) overflows.push(`${source}: ${f}`);
    }
    await page.close();
    expect(overflows).toEqual([]);
  });
});

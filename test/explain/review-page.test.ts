import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, RESUMES_DIR } from "../support/paths.js";
import { runVitae } from "../support/run.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const GUESSES = join(REPO, "test/fixtures/explain/guesses.md");
const CORPUS_CASE = resolve(REPO, "../shared/corpus/cases/acad-jesusnpl.md");

/** A review page opened as a user opens it, with every request it makes and every console error it logs. */
interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

describe("the review page in Chromium", () => {
  let browser: Browser;
  const out = mkdtempSync(join(tmpdir(), "vitae-review-"));
  const open = async (name: string): Promise<Opened> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`file://${join(out, `${name}.review.html`)}`, { waitUntil: "load" });
    return { page, requests, errors };
  };
  const lit = (page: Page, selector: string) => page.$$eval(selector, (els) => els.filter((e) => e.classList.contains("lit")).map((e) => e.textContent?.trim()));

  beforeAll(async () => {
    const sources = [GUESSES, join(RESUMES_DIR, "xueshen.md"), ...(existsSync(CORPUS_CASE) ? [CORPUS_CASE] : [])];
    const built = await runVitae(["build", "--format", "review", "--out", out, "--quiet", ...sources]);
    expect(built.code, built.stderr).toBe(0);
    browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("lights the values a selected source line became, and the lines a selected value came from", async () => {
    const { page } = await open("guesses");
    await page.focus("#L9");
    expect(await lit(page, ".resume-pane [data-path]")).toEqual(["Globex", "Northwind"]);
    await page.click('[data-path="/work/1/name"]');
    expect(await lit(page, "ol.source li")).toEqual([expect.stringMatching(/Senior Engineer, Initech/)]);
    await page.hover("#L12");
    expect(await lit(page, ".resume-pane [data-path]")).toEqual(["Shipped the billing service"]);
    await page.close();
  });

  it("is driven from the keyboard: arrows move between lines, Enter crosses to what a line became and back, a doubt's link goes to its line", async () => {
    const { page } = await open("guesses");
    await page.focus("#L9");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("L10");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.path)).toBe("/work/0");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("L9");
    await page.click('a[href="#L7"]');
    await page.waitForFunction(() => document.activeElement?.id === "L7");
    // the pointer, left over the page as it scrolled, selects what it rests on: moved away, the keyboard selects again
    await page.mouse.move(1, 1);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await page.$eval("#announce", (e) => e.textContent)).toMatch(/^catch-all → "Experience \(more\)"/);
    await page.close();
  });

  it("lists every uncertain reading with a link to its line and the edit that settles it", async () => {
    const { page } = await open("guesses");
    const doubts = await page.$$eval(".doubts li", (items) => items.map((i) => i.textContent));
    expect(doubts).toEqual([expect.stringMatching(/^Line 7: .*catch-all.*To settle it: /), expect.stringMatching(/^Line 9: .*To settle it: write "Northwind at Globex"/)]);
    await page.close();
  });

  it("loads nothing but itself, logs no error, and axe-core finds no serious accessibility violation", async () => {
    for (const name of ["guesses", "xueshen", ...(existsSync(CORPUS_CASE) ? ["acad-jesusnpl"] : [])]) {
      const { page, requests, errors } = await open(name);
      await page.setBypassCSP(true);
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical"), name).toEqual([]);
      expect(requests, name).toEqual([`file://${join(out, `${name}.review.html`)}`]);
      expect(errors, name).toEqual([]);
      await page.close();
    }
  });
});

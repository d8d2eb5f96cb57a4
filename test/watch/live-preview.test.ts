import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Frame, type Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, RESUMES_DIR } from "../support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-watch-"));
const source = join(dir, "cv.md");
const out = join(dir, "out");
let watcher: ChildProcess;
let log = "";
let browser: Browser;
let page: Page;

/** Resolves once `predicate` holds, checking every 50 ms, or fails after `ms`. */
async function eventually<T>(probe: () => Promise<T> | T, predicate: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (predicate(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value: ${String(value).slice(0, 300)}\nwatch log:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const frameText = async () => {
  const frame: Frame | undefined = page.frames().find((f) => /\/(cv|review)(\?|$)/.test(f.url()));
  return frame ? frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
};
const errorText = () => page.$eval("#errors", (e) => e.textContent ?? "");

describe("vitae watch", () => {
  beforeAll(async () => {
    copyFileSync(join(RESUMES_DIR, "shengyu-liu.md"), source);
    watcher = spawn(process.execPath, [join(REPO, "bin/vitae.js"), "watch", source, "--port", "0", "--out", out], { stdio: ["ignore", "ignore", "pipe"] });
    watcher.stderr!.on("data", (chunk) => (log += chunk));
    const url = (await eventually(() => /http:\/\/127\.0\.0\.1:\d+\//.exec(log)?.[0], Boolean))!;
    browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
    page = await browser.newPage();
    await page.goto(url);
    await eventually(frameText, (text) => text.includes("Shengyu"));
  });

  afterAll(async () => {
    watcher?.kill("SIGTERM");
    await browser?.close();
  });

  it("shows an edit of the source in the open preview, without the page being reloaded by hand", async () => {
    appendFileSync(source, "\n## Hobbies\n\nPaper-marbling and zebra-finch watching\n");
    await eventually(frameText, (text) => text.includes("zebra-finch watching"));
  });

  it("switches the preview to the review page, which follows edits, and back to the résumé", async () => {
    const frameUrl = () => page.frames().find((f) => /\/(cv|review)(\?|$)/.test(f.url()))?.url() ?? "";
    await page.click('nav button[data-view="review"]');
    await eventually(frameText, (text) => text.includes("Résumé as read") && text.includes("zebra-finch watching"));
    expect(await page.$eval('nav button[data-view="review"]', (b) => b.getAttribute("aria-pressed"))).toBe("true");
    appendFileSync(source, "\nAlso origami\n");
    await eventually(frameText, (text) => text.includes("Also origami") && text.includes("Résumé as read"));
    expect(frameUrl()).toMatch(/\/review\?v=\d+$/);
    await page.click('nav button[data-view="cv"]');
    await eventually(frameText, (text) => !text.includes("Résumé as read") && text.includes("Also origami"));
  });

  it("keeps the printed page free of scripts: only the preview's outer page has one", async () => {
    const html = readFileSync(join(out, "cv.html"), "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(await page.$$eval("script", (s) => s.length)).toBe(1);
  });

  it("rewrites the PDF shortly after an edit", async () => {
    const pdf = join(out, "cv.pdf");
    const before = existsSync(pdf) ? statSync(pdf).mtimeMs : 0;
    appendFileSync(source, "\nAlso bouldering\n");
    await eventually(() => (existsSync(pdf) ? statSync(pdf).mtimeMs : 0), (mtime) => mtime > before);
  });

  it("shows a bad edit's error in the page and the terminal, and recovers on the next good edit", async () => {
    const good = readFileSync(source, "utf8");
    writeFileSync(source, "");
    await eventually(errorText, (text) => text.includes("[source-empty]"));
    expect(log).toMatch(/cv\.md: error: the file is empty.*\[source-empty\]/);
    expect(await frameText()).toContain("zebra-finch watching");
    writeFileSync(source, good.replace("zebra-finch watching", "kite flying"));
    await eventually(frameText, (text) => text.includes("kite flying"));
    expect(await errorText()).toBe("");
    expect(watcher.exitCode).toBeNull();
  });
});

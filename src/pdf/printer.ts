import type { Browser, Page } from "puppeteer-core";
import { availableParallelism } from "node:os";
import { findBrowser, NO_BROWSER_MESSAGE } from "./find-browser.js";

/** Flags for a headless Chromium that talks to nobody: no sandbox as root, no background traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];

export type PageSize = "A4" | "Letter";

export interface PrintOptions {
  /** Overrides the theme's @page size; absent means the stylesheet decides. */
  pageSize?: PageSize;
}

/** A browser kept warm for many documents, with a small pool of re-used pages. */
export interface Printer {
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export class BrowserError extends Error {}

/** Pages printing at once; more than the cores gains nothing (measured: 2 pages on 2 cores). */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Opens a printer. The browser starts on the first `print`, so a build that
 * turns out to have nothing to print never pays for Chromium.
 */
export function openPrinter(poolSize = defaultPoolSize()): Printer {
  let browser: Promise<Browser> | undefined;
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let pages = 0;

  const acquire = async (): Promise<Page> => {
    browser ??= launchBrowser();
    const b = await browser;
    const free = idle.pop();
    if (free) return free;
    if (pages < poolSize) {
      pages++;
      return preparePage(await b.newPage());
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };

  return {
    async print(html, options = {}) {
      const page = await acquire();
      try {
        await page.setContent(html, { waitUntil: "load" });
        const pdf = await page.pdf({
          preferCSSPageSize: !options.pageSize,
          format: options.pageSize,
          printBackground: true,
          tagged: true,
          outline: true,
        });
        return pdf;
      } finally {
        release(page);
      }
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}

async function launchBrowser(): Promise<Browser> {
  const puppeteer = (await import("puppeteer")).default;
  const location = findBrowser(process.env, () => {
    try {
      return puppeteer.executablePath();
    } catch {
      return undefined;
    }
  });
  if (!location) throw new BrowserError(NO_BROWSER_MESSAGE);
  try {
    return await puppeteer.launch({ executablePath: location.executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    throw new BrowserError(`Chromium at ${location.executablePath} (${location.via}) failed to start: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** Makes a page inert for printing untrusted CVs: no JavaScript, no requests except inline data. */
async function preparePage(page: Page): Promise<Page> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url === "about:blank") void request.continue();
    else void request.abort("blockedbyclient");
  });
  return page;
}

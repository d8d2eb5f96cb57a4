import type { Browser, Page } from "puppeteer-core";
import { availableParallelism } from "node:os";
import { BrowserError } from "./browser-error.js";
import { launchBrowser } from "./launch-browser.js";
import { createSlots } from "./slots.js";

export { BrowserError } from "./browser-error.js";
export { CHROMIUM_ARGS } from "./launch-browser.js";

export type PageSize = "A4" | "Letter";

export interface PrintOptions {
  /** Overrides the theme's @page size; absent means the stylesheet decides. */
  pageSize?: PageSize;
}

/** A browser kept warm for many documents, with a small pool of re-used pages. */
export interface Printer {
  /** Starts Chromium now, so its launch overlaps whatever the caller does before the first print. */
  warm(): void;
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface PrinterOptions {
  poolSize?: number;
  /** How long one launch or one print may take before it is abandoned and tried once more. */
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** Pages printing at once; more than the cores gains nothing (measured: 2 pages on 2 cores). */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** VITAE_PRINT_TIMEOUT_MS, else 30 s: long enough for a slow machine, short enough for CI to notice a hang. */
export function printTimeoutMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.VITAE_PRINT_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 30_000;
}

class PrintTimeout extends Error {}

interface Session {
  browser: Promise<Browser>;
  idle: Page[];
}

/**
 * Opens a printer. The browser starts on the first `warm` or `print`, so a
 * build that has nothing to print never pays for Chromium. A print that fails
 * or hangs is tried once more, in a relaunched browser when the first one died
 * or stopped answering; a browser that cannot start at all fails every later
 * print at once instead of being launched again for each file.
 */
export function openPrinter(options: PrinterOptions = {}): Printer {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? printTimeoutMs(env);
  const slots = createSlots(options.poolSize ?? defaultPoolSize());
  let session: Session | undefined;
  let launchFailure: BrowserError | undefined;
  let closing: Promise<void> = Promise.resolve();

  const startSession = (): Session => {
    const browser = launchWithRetry(env, timeoutMs).then(
      (b) => {
        b.on("disconnected", () => {
          if (session === started) session = undefined;
        });
        return b;
      },
      (e: BrowserError) => {
        launchFailure = e;
        throw e;
      },
    );
    // the failure is reported by whoever prints; this only keeps Node from calling it unhandled
    browser.catch(() => undefined);
    const started: Session = { browser, idle: [] };
    return started;
  };
  const currentSession = (): Session => {
    if (launchFailure) throw launchFailure;
    session ??= startSession();
    return session;
  };
  const discard = async (s: Session) => {
    if (session === s) session = undefined;
    const browser = await s.browser.catch(() => undefined);
    browser?.process()?.kill("SIGKILL");
  };

  const printOnce = async (html: string, printOptions: PrintOptions): Promise<Uint8Array> => {
    const s = currentSession();
    const browser = await s.browser;
    let page: Page | undefined;
    try {
      const bytes = await withTimeout(
        (async () => {
          page = s.idle.pop() ?? (await preparePage(await browser.newPage()));
          return renderPdf(page, html, printOptions);
        })(),
        timeoutMs,
      );
      if (session === s) s.idle.push(page!);
      return bytes;
    } catch (e) {
      // a hung print may mean a hung browser: start afresh rather than trust it again
      if (e instanceof PrintTimeout || !browser.connected) await discard(s);
      else void page?.close().catch(() => undefined);
      throw e;
    }
  };

  return {
    warm() {
      if (!launchFailure) currentSession();
    },
    async print(html, printOptions = {}) {
      await slots.acquire();
      try {
        try {
          return await printOnce(html, printOptions);
        } catch (first) {
          if (first instanceof BrowserError) throw first;
          try {
            return await printOnce(html, printOptions);
          } catch (second) {
            throw describeFailure(second, timeoutMs);
          }
        }
      } finally {
        slots.release();
      }
    },
    close() {
      const s = session;
      session = undefined;
      // a second close while the first is under way waits for that browser to exit too
      if (s) closing = Promise.all([closing, closeSession(s)]).then(() => undefined);
      return closing;
    },
  };
}

/** Shuts a browser down gracefully, so that it reaps its own child processes; killed only when it hangs. */
async function closeSession(s: Session): Promise<void> {
  const browser = await s.browser.catch(() => undefined);
  if (!browser) return;
  await withTimeout(browser.close(), 5000).catch(() => browser.process()?.kill("SIGKILL"));
}

/** Launches, and once more if the first attempt failed for a reason that may pass. */
async function launchWithRetry(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Browser> {
  try {
    return await launchBrowser(env, timeoutMs);
  } catch (e) {
    if (e instanceof BrowserError && e.permanent) throw e;
    return launchBrowser(env, timeoutMs);
  }
}

async function renderPdf(page: Page, html: string, options: PrintOptions): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: "load" });
  return page.pdf({
    preferCSSPageSize: !options.pageSize,
    format: options.pageSize,
    printBackground: true,
    tagged: true,
    outline: true,
  });
}

function describeFailure(e: unknown, timeoutMs: number): BrowserError {
  if (e instanceof BrowserError) return e;
  if (e instanceof PrintTimeout) {
    return new BrowserError(`Chromium did not finish printing within ${timeoutMs} ms, twice (the second time in a fresh browser); set VITAE_PRINT_TIMEOUT_MS to wait longer`);
  }
  return new BrowserError(`Chromium failed while printing, twice (the second time after relaunching it if it had died): ${(e as Error).message.split("\n")[0]}`);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintTimeout(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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

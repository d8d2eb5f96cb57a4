import type { Browser, CDPSession, Page } from "puppeteer-core";
import { availableParallelism } from "node:os";
import { BrowserError } from "./browser-error.js";
import type { Shrink } from "./fit-pages.js";
import { launchBrowser } from "./launch-browser.js";
import { printLayoutOf, type PrintLayout } from "./page-layout.js";
import { processTreeMb } from "./process-memory.js";
import { createSlots } from "./slots.js";

export { BrowserError } from "./browser-error.js";

export type PageSize = "A4" | "Letter";

export interface PrintOptions {
  /** Overrides the theme's @page size; absent means the stylesheet decides. */
  pageSize?: PageSize;
  /** Names the document in what the printer reports (a retry). */
  label?: string;
  /** Called with the loaded page before it prints, to estimate how it would paginate: returns the shrink to print at (none: as it is). */
  arrange?: (layout: PrintLayout) => Promise<Shrink | undefined>;
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
  /** Told of each print tried a second time, and why the first failed. */
  onRetry?: (label: string | undefined, why: string) => void;
  /** Told when a browser is replaced because it grew past its memory limit. */
  onRestart?: (why: string) => void;
}

/** Pages printing at once; more than the cores gains nothing (measured: 2 pages on 2 cores). */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** VITAE_PRINT_TIMEOUT_MS, else 30 s: long enough for a slow machine, short enough for CI to notice a hang. */
function printTimeoutMs(env: NodeJS.ProcessEnv): number {
  return positiveNumber(env.VITAE_PRINT_TIMEOUT_MS) ?? 30_000;
}

/**
 * VITAE_BROWSER_MAX_MB, else 3 GB: the memory of Chromium's processes
 * together (their resident sets summed, shared pages counted in each) past
 * which it is replaced by a fresh one. A batch's Chromium settles well below
 * (bench/results.md); a leak in it would not.
 */
function browserMemoryLimitMb(env: NodeJS.ProcessEnv): number {
  return positiveNumber(env.VITAE_BROWSER_MAX_MB) ?? 3072;
}

/** Prints one page serves before it is closed and a fresh one opened: a renderer re-used for ever keeps what every document left behind. */
const PAGE_USES = 50;
/** Prints between two looks at the browser's memory (each reads /proc, a few milliseconds). */
const MEMORY_CHECK_EVERY = 20;

class PrintTimeout extends Error {}

interface PooledPage {
  page: Page;
  /** The page's own DevTools session, to print in one round trip. */
  cdp: CDPSession;
  uses: number;
}

interface Session {
  browser: Promise<Browser>;
  idle: PooledPage[];
  /** Prints under way in this browser. */
  printing: number;
  prints: number;
  /** Replaced by a fresh browser: it takes no new print, and closes once its last one ends. */
  retired: boolean;
}

/**
 * Opens a printer. The browser starts on the first `warm` or `print`, so a
 * build that has nothing to print never pays for Chromium. A print that fails
 * or hangs is tried once more, in a relaunched browser when the first one died
 * or stopped answering; a browser that cannot start at all fails every later
 * print at once instead of being launched again for each file. For long
 * batches, pages are closed after PAGE_USES prints, and a browser that grows
 * past its memory limit is replaced, the prints under way finishing in it.
 */
export function openPrinter(options: PrinterOptions = {}): Printer {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? printTimeoutMs(env);
  const memoryLimitMb = browserMemoryLimitMb(env);
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
    const started: Session = { browser, idle: [], printing: 0, prints: 0, retired: false };
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
  const shutDown = (s: Session) => {
    closing = Promise.all([closing, closeSession(s)]).then(() => undefined);
  };
  const retireIfGrown = (s: Session, browser: Browser) => {
    if (s.retired || ++s.prints % MEMORY_CHECK_EVERY !== 0) return;
    const pid = browser.process()?.pid;
    const mb = pid ? processTreeMb(pid) : 0;
    if (mb <= memoryLimitMb) return;
    s.retired = true;
    if (session === s) session = undefined;
    options.onRestart?.(`Chromium grew to ${Math.round(mb)} MB (limit ${memoryLimitMb} MB, VITAE_BROWSER_MAX_MB); restarting it`);
  };

  const printOnce = async (html: string, printOptions: PrintOptions): Promise<Uint8Array> => {
    let s = currentSession();
    let browser = await s.browser;
    // a browser that died while this print waited for its turn is not worth a failed first try
    if (!browser.connected) {
      await discard(s);
      s = currentSession();
      browser = await s.browser;
    }
    let pooled: PooledPage | undefined;
    s.printing++;
    try {
      const bytes = await withTimeout(
        (async () => {
          // a background tab is hidden: Chromium then paints no frames of it for a screen nobody sees, only the print
          pooled = s.idle.pop() ?? (await preparePage(await browser.newPage({ background: true })));
          pooled.uses++;
          return renderPdf(pooled, html, printOptions);
        })(),
        timeoutMs,
      );
      retireIfGrown(s, browser);
      if (session === s && pooled!.uses < PAGE_USES) s.idle.push(pooled!);
      else void pooled!.page.close().catch(() => undefined);
      return bytes;
    } catch (e) {
      // a hung print may mean a hung browser: start afresh rather than trust it again
      if (e instanceof PrintTimeout || !browser.connected) await discard(s);
      else void pooled?.page.close().catch(() => undefined);
      throw e;
    } finally {
      if (--s.printing === 0 && s.retired) shutDown(s);
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
          options.onRetry?.(printOptions.label, first instanceof PrintTimeout ? `no answer within ${timeoutMs} ms` : (first as Error).message.split("\n")[0]!);
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
      if (s) shutDown(s);
      return closing;
    },
  };
}

function positiveNumber(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
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

/** Paper sizes as puppeteer gives them to Chromium, in inches; Letter where neither the caller nor the stylesheet names one. */
const PAPER_INCHES: Record<PageSize, { paperWidth: number; paperHeight: number }> = {
  A4: { paperWidth: 8.2677, paperHeight: 11.6929 },
  Letter: { paperWidth: 8.5, paperHeight: 11 },
};

/**
 * Loads, arranges and prints one document. The print is asked of Chromium directly, its bytes returned
 * in the answer: puppeteer's page.pdf() makes four round trips of it (wait for the fonts, print, read
 * the stream, close it); the estimate or the settling before the print has waited for the fonts already.
 */
async function renderPdf({ page, cdp }: PooledPage, html: string, options: PrintOptions): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: "load" });
  const layout = printLayoutOf(page, options.pageSize);
  await layout.settle(await options.arrange?.(layout));
  const { data } = await cdp.send("Page.printToPDF", {
    ...PAPER_INCHES[options.pageSize ?? "Letter"],
    preferCSSPageSize: !options.pageSize,
    printBackground: true,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    transferMode: "ReturnAsBase64",
  });
  const bytes = Buffer.from(data, "base64");
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

/**
 * Makes a page inert for printing untrusted CVs: no JavaScript, no requests except inline data. It lays
 * out in print media from the start, so that estimating how it paginates costs no second style pass.
 */
async function preparePage(page: Page): Promise<PooledPage> {
  await page.setJavaScriptEnabled(false);
  await page.emulateMediaType("print");
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url === "about:blank") void request.continue();
    // a page's own navigation (a meta refresh) answered with "no content", which Chromium does not commit: aborted,
    // it would replace the document with an error page and destroy the context the print is working in
    else if (request.isNavigationRequest() && request.frame() === page.mainFrame()) void request.respond({ status: 204 });
    else void request.abort("blockedbyclient");
  });
  return { page, cdp: await page.createCDPSession(), uses: 0 };
}

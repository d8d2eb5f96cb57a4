import { existsSync } from "node:fs";
import type { Browser } from "puppeteer-core";
import { BrowserError } from "./browser-error.js";
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
  // <link rel=prefetch> and preconnect bypass request interception (measured): send all traffic, loopback too, to a dead proxy and resolve no name
  "--proxy-server=127.0.0.1:1",
  "--proxy-bypass-list=<-loopback>",
  "--host-resolver-rules=MAP * ~NOTFOUND",
];

/**
 * Starts a headless Chromium, or says precisely why it cannot: no browser,
 * a PUPPETEER_EXECUTABLE_PATH that points nowhere, one that exits, or one
 * that does not answer within `timeoutMs`.
 */
export async function launchBrowser(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Browser> {
  // puppeteer-core, bundled, launches; puppeteer itself is loaded only to find a Chrome it downloaded,
  // because loading it (its configuration loader and hundreds of modules) took a quarter of a second
  // the named export, not the default: in the bundle, where puppeteer-core is a CommonJS chunk, an import's
  // default is the chunk's whole exports object
  const { launch } = await import("puppeteer-core");
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv && !existsSync(fromEnv)) {
    throw new BrowserError(`PUPPETEER_EXECUTABLE_PATH is ${fromEnv}, but there is no such file; point it at a Chromium or Chrome binary, or unset it to use the system's`, { permanent: true });
  }
  const location = await findBrowser(env, downloadedChrome);
  if (!location) throw new BrowserError(NO_BROWSER_MESSAGE, { permanent: true });
  try {
    return await launch({
      executablePath: location.executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: timeoutMs,
      protocolTimeout: timeoutMs,
      waitForInitialPage: false,
      env,
    });
  } catch (e) {
    const why = (e as Error).message.split("\n")[0];
    const hint = /timed out|timeout/i.test(why) ? ` (it did not answer within ${timeoutMs} ms; VITAE_PRINT_TIMEOUT_MS sets the limit)` : "";
    throw new BrowserError(`Chromium at ${location.executablePath} (${location.via}) failed to start: ${why}${hint}`);
  }
}

/** The Chrome that `npx puppeteer browsers install chrome` (or puppeteer's own install step) put in its cache. */
async function downloadedChrome(): Promise<string | undefined> {
  try {
    const { executablePath } = await import("puppeteer");
    return executablePath();
  } catch {
    return undefined;
  }
}

import { existsSync } from "node:fs";

/** Where Chromium or Chrome usually lives on Debian, Ubuntu, Fedora, macOS. */
const SYSTEM_BROWSERS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

export interface BrowserLocation {
  executablePath: string;
  /** Where it was found, for --verbose. */
  via: string;
}

export const NO_BROWSER_MESSAGE =
  "no Chromium or Chrome was found for printing PDFs. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), " +
  "or set PUPPETEER_EXECUTABLE_PATH to a Chrome binary, or run `npx puppeteer browsers install chrome`. " +
  "Formats other than pdf build without a browser: `--format json,html,tex`.";

/**
 * Finds a browser to print with: PUPPETEER_EXECUTABLE_PATH, else a system
 * Chromium or Chrome, else the Chrome that puppeteer downloaded into its cache.
 * `puppeteerPath` is asked lazily because it reads puppeteer's configuration.
 */
export async function findBrowser(env: NodeJS.ProcessEnv, puppeteerPath: () => Promise<string | undefined>): Promise<BrowserLocation | undefined> {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, via: "PUPPETEER_EXECUTABLE_PATH" } : undefined;
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, via: "system browser" };
  const downloaded = await puppeteerPath();
  if (downloaded && existsSync(downloaded)) return { executablePath: downloaded, via: "puppeteer's cache" };
  return undefined;
}

import { spawn } from "node:child_process";
import { appendFileSync } from "node:fs";
import puppeteer from "puppeteer";

/**
 * Measures, `times` times, how long after a source edit the open preview
 * shows the new content: a real browser polls the preview frame's text.
 */
export async function measureWatchLatency(bin: string, source: string, outDir: string, times: number): Promise<number[]> {
  const watcher = spawn(process.execPath, [bin, "watch", source, "--port", "0", "--out", outDir, "--format", "html"], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  watcher.stderr.on("data", (chunk) => (log += chunk));
  const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const url = await until(() => /http:\/\/127\.0\.0\.1:\d+\//.exec(log)?.[0]);
    const page = await browser.newPage();
    await page.goto(url);
    const frameText = () => page.frames().find((f) => f.url().includes("/cv"))?.evaluate(() => document.body?.innerText ?? "").catch(() => "") ?? Promise.resolve("");
    await until(async () => (await frameText()).length > 0 || undefined);
    const latencies: number[] = [];
    for (let i = 0; i < times; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const marker = `benchmarker${i}x${Date.now()}`;
      const started = performance.now();
      appendFileSync(source, `\n${marker}\n`);
      await until(async () => (await frameText()).includes(marker) || undefined, 5);
      latencies.push(performance.now() - started);
    }
    return latencies;
  } finally {
    watcher.kill("SIGTERM");
    await browser.close();
  }
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, everyMs = 20): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("the preview did not answer within 20 s");
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

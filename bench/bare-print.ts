/**
 * The baseline vitae is measured against: the least a puppeteer script can do
 * to turn HTML files into PDFs. Launch, then `poolSize` re-used pages each take
 * the next file, set its content and print it. Usage: bare-print POOL OUTDIR FILE.html…
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import puppeteer from "puppeteer";
import { CHROMIUM_ARGS } from "../src/pdf/launch-browser.js";

const [pool, outDir, ...files] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
const queue = [...files];
await Promise.all(
  Array.from({ length: Number(pool) }, async () => {
    const page = await browser.newPage();
    for (let file = queue.shift(); file; file = queue.shift()) {
      await page.setContent(await readFile(file, "utf8"), { waitUntil: "load" });
      await writeFile(join(outDir!, basename(file, ".html") + ".pdf"), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    }
  }),
);
await browser.close();

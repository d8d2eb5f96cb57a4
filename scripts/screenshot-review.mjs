// Renders the README's picture of the review page: docs/review.png, from resumes/hpc-infra-engineer.txt with an
// uncertain line selected. Run after `npm run compile`: node scripts/screenshot-review.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer";

const out = mkdtempSync(join(tmpdir(), "vitae-shot-"));
execFileSync(process.execPath, ["bin/vitae.js", "build", "resumes/hpc-infra-engineer.txt", "--format", "review", "--out", out, "--quiet"]);
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 800 });
await page.goto(`file://${join(out, "hpc-infra-engineer.review.html")}#L88`);
await page.screenshot({ path: "docs/review.png" });
await browser.close();

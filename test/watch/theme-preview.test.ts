import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTheme } from "../../src/commands/theme.js";
import { REPO, RESUMES_DIR } from "../support/paths.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-watch-theme-"));
const source = join(dir, "cv.md");
const theme = join(dir, "mytheme");
let watcher: ChildProcess;
let log = "";
let url = "";

/** The résumé the preview serves now. */
const preview = async () => (await fetch(`${url}cv`)).text();

/** Resolves once the preview holds `text`, or fails after 15 s with the watch log. */
async function previewShows(text: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await preview()).includes(text)) {
    if (Date.now() > deadline) throw new Error(`the preview never showed ${text}; watch log:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("vitae watch --theme with a copied theme", () => {
  beforeAll(async () => {
    copyFileSync(join(RESUMES_DIR, "about-me.txt"), source);
    copyTheme("classic", theme);
    // HTML only: the preview is what a restyling user watches, and no browser need print
    watcher = spawn(process.execPath, [join(REPO, "bin/vitae.js"), "watch", source, "--theme", theme, "--format", "html", "--port", "0", "--out", join(dir, "out")], { stdio: ["ignore", "ignore", "pipe"] });
    watcher.stderr!.on("data", (chunk) => (log += chunk));
    const deadline = Date.now() + 15_000;
    while (!/http:\/\/127\.0\.0\.1:\d+\//.test(log) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    url = /http:\/\/127\.0\.0\.1:\d+\//.exec(log)?.[0] ?? "";
    expect(url, log).not.toBe("");
    await previewShows("--accent: #1f3a68");
  });

  afterAll(() => {
    watcher?.kill("SIGTERM");
  });

  it("shows a new accent written in style.css", async () => {
    const file = join(theme, "style.css");
    writeFileSync(file, readFileSync(file, "utf8").replace("--accent: #1f3a68;", "--accent: #11aa44;"));
    await previewShows("--accent: #11aa44;");
  });

  it("shows an option written in theme.json", async () => {
    const file = join(theme, "theme.json");
    const manifest = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...manifest, options: { ...manifest.options, font: "DejaVu Sans" } }));
    await previewShows('--font: "DejaVu Sans";');
  });

  it("shows an edit of print.css, of a template and of a partial", async () => {
    appendFileSync(join(theme, "print.css"), "\n.from-print-css {}\n");
    await previewShows(".from-print-css");
    const main = join(theme, "resume.html.hbs");
    writeFileSync(main, readFileSync(main, "utf8").replace("<main>", '<main class="from-main-template">'));
    await previewShows("from-main-template");
    const partial = join(theme, "partials/header.html.hbs");
    writeFileSync(partial, readFileSync(partial, "utf8") + "<p>from-a-partial</p>\n");
    await previewShows("from-a-partial");
  });

  it("falls back to the built-in file when the user deletes theirs", async () => {
    rmSync(join(theme, "partials/header.html.hbs"));
    const deadline = Date.now() + 15_000;
    while ((await preview()).includes("from-a-partial")) {
      if (Date.now() > deadline) throw new Error(`the preview kept the deleted partial; watch log:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await preview()).toContain('<header class="cv-header">');
    expect(watcher.exitCode).toBeNull();
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPrinter, type Printer } from "../../src/pdf/printer.js";
import { runVitae } from "../support/run.js";
import { startRequestCounter, type RequestCounter } from "./support/request-counter.js";
import { pdfText } from "./support/xelatex.js";

/** Every way a page can ask for something: markup, CSS, redirects, embedded documents and scripts. */
function hostilePage(origin: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${origin}/link.css">
<link rel="preconnect" href="${origin}"><link rel="dns-prefetch" href="${origin}">
<link rel="prefetch" href="${origin}/prefetch"><link rel="preload" as="image" href="${origin}/preload.png">
<link rel="icon" href="${origin}/favicon.ico">
<style>
@import url(${origin}/import.css);
@font-face { font-family: Remote; src: url(${origin}/font.woff2); }
body { background: url(${origin}/bg.png); font-family: Remote, serif; }
li { list-style-image: url(${origin}/bullet.png); }
p::before { content: url(${origin}/before.png); }
</style>
<script src="${origin}/script.js"></script>
<script>document.body.innerHTML = "SCRIPT RAN"; fetch("${origin}/fetch");</script>
</head><body>
<p>STATIC TEXT</p>
<ul><li>item</li></ul>
<img src="${origin}/img.png"><img srcset="${origin}/srcset.png 1x">
<picture><source srcset="${origin}/source.png"><img src="${origin}/picture.png"></picture>
<iframe src="${origin}/iframe"></iframe><object data="${origin}/object"></object><embed src="${origin}/embed">
<video poster="${origin}/poster.png" src="${origin}/video.mp4"></video><audio src="${origin}/audio.mp3" autoplay></audio>
<svg><image href="${origin}/svg-image.png" width="10" height="10"/></svg>
<div style="background-image: url(${origin}/inline-style.png)">styled</div>
<form action="${origin}/form"><input type="image" src="${origin}/input.png"></form>
<img src="/absolute.png"><img src="relative.png">
</body></html>`;
}

describe("printing untrusted HTML", () => {
  let server: RequestCounter;
  let printer: Printer;
  beforeAll(async () => {
    server = await startRequestCounter();
    printer = openPrinter();
  });
  afterAll(async () => {
    await printer?.close();
    await server?.close();
  });

  it("makes no network request and runs no script", async () => {
    const pdf = await printer.print(hostilePage(server.origin));
    // a meta refresh or a late subresource would arrive after the print; give it time to show up
    await sleep(500);
    expect(server.requests).toEqual([]);
    expect(server.connections).toBe(0);
    const text = await pdfText(pdf);
    expect(text).toContain("STATIC TEXT");
    expect(text).not.toMatch(/SCRIPT RAN|FETCHED/);
  });

  it("does not follow a meta refresh to the network, and prints the page that asked for it", async () => {
    const pdf = await printer.print(`<meta http-equiv="refresh" content="0;url=${server.origin}/refresh"><p>STATIC TEXT</p>`);
    await sleep(500);
    expect(server.requests).toEqual([]);
    expect(server.connections).toBe(0);
    expect(await pdfText(pdf)).toContain("STATIC TEXT");
  });
});

describe("building a hostile CV", () => {
  let server: RequestCounter;
  beforeAll(async () => {
    server = await startRequestCounter();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("makes no network request from source to HTML and PDF", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-offline-"));
    const o = server.origin;
    const source = [
      "# Ada Lovelace",
      "",
      `Analyst. <img src="${o}/img.png" alt="portrait"> ![badge](${o}/badge.svg)`,
      "",
      `<link rel="stylesheet" href="${o}/link.css"><style>@import url(${o}/import.css); body { background: url(${o}/bg.png) }</style>`,
      "",
      `<meta http-equiv="refresh" content="0;url=${o}/refresh"><iframe src="${o}/iframe"></iframe><script src="${o}/script.js"></script>`,
      "",
      "## Experience",
      "",
      `- **Analytical Engine**, Programmer, 1842–1843 <span style="background:url(${o}/span.png)">notes</span> <object data="${o}/object"></object>`,
      "",
    ].join("\n");
    writeFileSync(join(dir, "ada.md"), source);
    const result = await runVitae(["build", join(dir, "ada.md"), "--format", "pdf,html", "--out", join(dir, "out")]);
    await sleep(500);
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests).toEqual([]);
    expect(server.connections).toBe(0);
    expect(result.stderr).toMatch(/ada\.md:3:\d+: warning: .*remote-image/);
    expect(result.stderr).toMatch(/ada\.md:7:\d+: warning: removed <script>/);
    const html = readFileSync(join(dir, "out", "ada.html"), "utf8");
    expect(html).not.toContain(o.replace("http://", ""));
    expect(await pdfText(readFileSync(join(dir, "out", "ada.pdf")))).toContain("Analytical Engine");
  });
});

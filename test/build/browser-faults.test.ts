import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BatchReport } from "../../src/output/batch-report.js";
import { readProcessTable } from "../../src/pdf/process-memory.js";
import { defaultPoolSize } from "../../src/pdf/printer.js";
import { folderOfCvs } from "../support/many-cvs.js";
import { REPO, RESUMES_DIR } from "../support/paths.js";
import { runVitae } from "../support/run.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-faults-"));
const sources = ["shengyu-liu.md", "xueshen.md"].map((f) => join(RESUMES_DIR, f));

function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function buildWith(executable: string, label: string, env: NodeJS.ProcessEnv = {}) {
  const out = join(dir, label);
  const run = await runVitae(["build", ...sources, "--out", out], { env: { PUPPETEER_EXECUTABLE_PATH: executable, ...env } });
  return { run, out };
}

describe("when Chromium cannot print", () => {
  it.each([
    ["is missing", () => join(dir, "no-such-chromium"), /PUPPETEER_EXECUTABLE_PATH is .*no-such-chromium, but there is no such file/],
    ["exits at once", () => script("exits.sh", "echo 'cannot open display' >&2; exit 1"), /failed to start/],
    ["hangs", () => script("hangs.sh", "exec sleep 60"), /failed to start: .*VITAE_PRINT_TIMEOUT_MS/],
  ])("because it %s, the build says so, still writes the other formats, and exits 1 listing what failed", async (label, executable, message) => {
    const { run, out } = await buildWith(executable(), label.replace(/\s/g, "-"), { VITAE_PRINT_TIMEOUT_MS: "1500" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/\[pdf-failed\]/);
    expect(run.stderr).toContain(`2 of 2 source(s) failed: ${sources.join(", ")}`);
    expect(run.stderr).not.toMatch(/internal error/);
    for (const name of ["shengyu-liu", "xueshen"]) {
      for (const format of ["json", "html", "tex"]) expect(existsSync(join(out, `${name}.${format}`)), `${name}.${format}`).toBe(true);
      expect(existsSync(join(out, `${name}.pdf`))).toBe(false);
    }
  });

  it("keeps building the other files when one source is unreadable", async () => {
    const bad = join(dir, "binary.md");
    writeFileSync(bad, Buffer.from([0x23, 0x00, 0x01]));
    const out = join(dir, "mixed");
    const run = await runVitae(["build", bad, sources[0]!, "--out", out, "--format", "json,html"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/binary\.md.*\[source-binary\]/);
    expect(run.stderr).toContain(`1 of 2 source(s) failed: ${bad}`);
    expect(existsSync(join(out, "shengyu-liu.html"))).toBe(true);
  });
});

describe("in a long batch", () => {
  const pdfsIn = (out: string) => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith(".pdf")) : []);
  const until = async (probe: () => boolean) => {
    while (!probe()) await new Promise((resolve) => setTimeout(resolve, 25));
  };

  it("finishes when Chromium is killed mid-batch: only the CVs printing then are printed again, and every PDF is whole", async () => {
    const { dir, sources } = folderOfCvs(16, "killed");
    const out = join(dir, "out");
    const vitae = spawn(process.execPath, [join(REPO, "bin/vitae.js"), "build", "--format", "json,pdf", "--out", out, "--report", join(dir, "report.json")], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    vitae.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number>((resolve) => vitae.on("exit", (code) => resolve(code ?? -1)));
    await until(() => pdfsIn(out).length >= 4);
    const chromium = readProcessTable().find((p) => p.parent === vitae.pid && /chrom/i.test(p.name));
    expect(chromium, "Chromium running under vitae").toBeDefined();
    process.kill(chromium!.pid, "SIGKILL");
    expect(await exited, stderr).toBe(0);

    expect(pdfsIn(out)).toHaveLength(sources.length);
    for (const pdf of pdfsIn(out)) {
      const bytes = readFileSync(join(out, pdf));
      expect(bytes.subarray(0, 5).toString(), pdf).toBe("%PDF-");
      expect(bytes.subarray(-7).toString(), pdf).toMatch(/%%EOF\s*$/);
    }
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as BatchReport;
    expect(report.counts).toMatchObject({ built: sources.length, failed: 0 });
    // at most one CV per page of the pool was in Chromium when it died
    expect(report.counts.retried).toBeLessThanOrEqual(defaultPoolSize());
    expect(report.files.filter((f) => f.retried)).toHaveLength(report.counts.retried);
    expect(stderr.match(/printing it again/g) ?? []).toHaveLength(report.counts.retried);
  });

  it("replaces a browser that grew past VITAE_BROWSER_MAX_MB, and builds every PDF", async () => {
    const { dir, sources } = folderOfCvs(24, "grown");
    const run = await runVitae(["build", "--format", "pdf", "--out", "out"], { cwd: dir, env: { VITAE_BROWSER_MAX_MB: "1" } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Chromium grew to \d+ MB \(limit 1 MB, VITAE_BROWSER_MAX_MB\); restarting it/);
    expect(run.stderr).toContain(`${sources.length} built, 0 up to date`);
    expect(pdfsIn(join(dir, "out"))).toHaveLength(sources.length);
  });
});

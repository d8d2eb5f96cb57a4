import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RESUMES_DIR } from "../support/paths.js";
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

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputPath } from "../../src/output/output-path.js";
import { REPO, RESUMES_DIR } from "../support/paths.js";
import { runVitae } from "../support/run.js";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("outputs written by a build", () => {
  it("survive a second build killed mid-print: the last good PDF is intact and no temporary file is left as an output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-atomic-"));
    const out = join(dir, "out");
    const source = join(RESUMES_DIR, "shengyu-liu.md");
    const first = await runVitae(["build", source, "--out", out]);
    expect(first.code, first.stderr).toBe(0);
    const before = sha(join(out, "shengyu-liu.pdf"));

    // a Chromium that takes its time to start, so the kill lands while the PDF is being made
    const pidFile = join(dir, "chromium.pid");
    const slow = join(dir, "slow-chromium.sh");
    writeFileSync(slow, `#!/bin/sh\necho $$ > ${pidFile}\nsleep 3\nexec /usr/bin/chromium "$@"\n`);
    chmodSync(slow, 0o755);
    const second = spawn(process.execPath, [join(REPO, "bin/vitae.js"), "build", source, "--out", out, "--force"], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: slow },
      stdio: "ignore",
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    second.kill("SIGKILL");
    await new Promise((resolve) => second.on("exit", resolve));
    try {
      process.kill(Number(readFileSync(pidFile, "utf8")), "SIGKILL");
    } catch {
      // the slow starter had not been reached, or is already gone
    }

    expect(sha(join(out, "shengyu-liu.pdf"))).toBe(before);
    expect(readdirSync(out).filter((f) => !f.startsWith("."))).toEqual(["shengyu-liu.html", "shengyu-liu.json", "shengyu-liu.pdf", "shengyu-liu.tex"]);
    // the next build sweeps away what the killed one left behind
    const third = await runVitae(["build", source, "--out", out, "--format", "json"]);
    expect(third.code, third.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("never land outside the output folder", () => {
    expect(outputPath("out", "cv", "pdf")).toBe(join("out", "cv.pdf"));
    expect(outputPath("out", "..", "pdf")).toBe(join("out", "...pdf"));
    expect(() => outputPath("out", "../cv", "pdf")).toThrow(/would leave the output folder/);
    expect(() => outputPath("out", "/etc/cv", "pdf")).toThrow(/would leave the output folder/);
  });
});

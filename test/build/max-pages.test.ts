import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RESUMES_DIR } from "../support/paths.js";
import { runVitae } from "../support/run.js";

describe("vitae build --max-pages 1 on a CV of two pages or more", () => {
  it("gives a one-page PDF, or refuses clearly and writes no PDF", async () => {
    const out = mkdtempSync(join(tmpdir(), "vitae-max-pages-"));
    const source = join(RESUMES_DIR, "xueshen.md");
    const natural = await runVitae(["build", source, "--out", out, "--format", "pdf"]);
    expect(natural.stderr).toMatch(/\((\d+) pages\)/);
    expect(Number(/\((\d+) pages\)/.exec(natural.stderr)![1])).toBeGreaterThanOrEqual(2);

    const fitted = await runVitae(["build", source, "--out", join(out, "fitted"), "--format", "pdf", "--max-pages", "1", "--verbose"]);
    if (fitted.code === 0) {
      expect(fitted.stderr).toMatch(/\(1 page\)/);
      expect(fitted.stderr).toMatch(/shrunk to fit 1 page\(s\): font size \d+%, spacing \d+% \[pdf-shrunk\]/);
    } else {
      expect(fitted.code).toBe(1);
      expect(fitted.stderr).toMatch(/does not fit in 1 page\(s\): even at the theme's smallest font size \(\d+%\) and spacing \(\d+%\) it takes \d+.*\[too-many-pages\]/);
      expect(fitted.stderr).not.toMatch(/\.pdf/);
    }
  });

  it("rejects a page count that is not a whole number", async () => {
    const run = await runVitae(["build", join(RESUMES_DIR, "xueshen.md"), "--max-pages", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--max-pages.*whole number/);
  });
});

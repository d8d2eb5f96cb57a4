import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../support/paths.js";
import { runVitae } from "../support/run.js";

const DIST = join(REPO, "dist/cli");
// a kind of run of its own (bin/vitae.js keeps one cache per Node, flags and NODE_OPTIONS), so that the
// other tests' runs never write the caches this test watches
const env = { NODE_OPTIONS: "--title=vitae-code-cache-test" };
// how bin/vitae.js names this kind of run (its child gets no options of its own on the command line)
const runKind = createHash("sha256").update(`${process.version}\0\0${env.NODE_OPTIONS}`).digest("hex").slice(0, 8);

/** The code caches of this test's kind of run, by file, with when each was written. */
function cacheTimes(): Map<string, number> {
  const files = [...readdirSync(DIST), ...readdirSync(join(DIST, "vendor")).map((f) => `vendor/${f}`)];
  return new Map(files.filter((f) => f.endsWith(`.${runKind}.v8cache`)).map((f) => [f, statSync(join(DIST, f)).mtimeMs]));
}

describe("the CLI's code caches", () => {
  it("are written for the bundle and for each vendor chunk a PDF build loads, then read back without being rewritten", async () => {
    for (const file of cacheTimes().keys()) rmSync(join(DIST, file));
    const out = mkdtempSync(join(tmpdir(), "vitae-code-cache-"));
    const build = () => runVitae(["build", "resumes/xueshen.md", "--out", out, "--force", "--format", "html,pdf"], { env });
    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    const written = cacheTimes();
    expect([...written.keys()].map((f) => f.replace(/\.[0-9a-f]+\.[0-9a-f]+\.v8cache$/, "")).sort()).toEqual(["vendor/pdf-lib.cjs", "vendor/puppeteer-core.cjs", "vitae.cjs"]);

    const second = await build();
    expect(second.code, second.stderr).toBe(0);
    // V8 rejects a cache made under other flags, and bin/vitae.js then writes it again
    expect(cacheTimes()).toEqual(written);
  });
});

import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../support/paths.js";
import { runVitae } from "../support/run.js";

const DIST = join(REPO, "dist/cli");
const out = mkdtempSync(join(tmpdir(), "vitae-code-cache-"));

/**
 * A kind of run of this test's own: bin/vitae.js keeps one cache per Node,
 * flags and NODE_OPTIONS, so the other tests' runs never write the caches
 * this test watches. Its caches are removed first, so each test starts cold.
 */
function runKind(name: string) {
  const env = { NODE_OPTIONS: `--title=vitae-code-cache-test-${name}` };
  // how bin/vitae.js names the kind (its child gets no options of its own on the command line)
  const marker = createHash("sha256").update(`${process.version}\0\0${env.NODE_OPTIONS}`).digest("hex").slice(0, 8);
  /** This kind's code caches, by file, with the inode and time of each write. */
  const caches = (): Map<string, string> => {
    const files = [...readdirSync(DIST), ...readdirSync(join(DIST, "vendor")).map((f) => `vendor/${f}`)];
    return new Map(files.filter((f) => f.endsWith(`.${marker}.v8cache`)).map((f) => [f, `${statSync(join(DIST, f)).ino}@${statSync(join(DIST, f)).mtimeMs}`]));
  };
  for (const file of caches().keys()) rmSync(join(DIST, file));
  const build = (...formats: string[]) => runVitae(["build", "resumes/xueshen.md", "--out", out, "--force", "--format", formats.join(",")], { env });
  const scripts = () => [...caches().keys()].map((f) => f.replace(/\.[0-9a-f]+\.[0-9a-f]+\.v8cache$/, "")).sort();
  return { build, caches, scripts };
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the CLI's code caches", () => {
  it("are written for the bundle and for each vendor chunk a PDF build loads, then read back without being rewritten", async () => {
    const kind = runKind("pdf");
    const first = await kind.build("html", "pdf");
    expect(first.code, first.stderr).toBe(0);
    expect(kind.scripts()).toEqual(["vendor/pdf-lib.cjs", "vendor/puppeteer-core.cjs", "vitae.cjs"]);
    const written = kind.caches();

    const second = await kind.build("html", "pdf");
    expect(second.code, second.stderr).toBe(0);
    // V8 rejects a cache made under other flags, and bin/vitae.js then writes it again
    expect(kind.caches()).toEqual(written);
  });

  it("leave the vendor chunks alone in a build without a PDF, which never loads them", async () => {
    const kind = runKind("html");
    const run = await kind.build("html", "json", "tex");
    expect(run.code, run.stderr).toBe(0);
    expect(kind.scripts()).toEqual(["vitae.cjs"]);
  });
});

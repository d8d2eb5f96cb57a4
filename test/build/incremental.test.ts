import { copyFileSync, cpSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO, RESUMES_DIR } from "../support/paths.js";
import { runVitae } from "../support/run.js";

// A browser that cannot start: any build that tries to print fails, so a success proves no browser was launched.
const NO_BROWSER = { PUPPETEER_EXECUTABLE_PATH: "/nonexistent/chromium" };

describe("an incremental build", () => {
  const dir = mkdtempSync(join(tmpdir(), "vitae-incremental-"));
  const out = join(dir, "out");
  const sources = ["shengyu-liu.md", "xueshen.md"].map((f) => {
    copyFileSync(join(RESUMES_DIR, f), join(dir, f));
    return join(dir, f);
  });
  const theme = join(dir, "theme");
  cpSync(join(REPO, "templates/classic"), theme, { recursive: true });
  const build = (...extra: string[]) => runVitae(["build", ...sources, "--out", out, "--theme", theme, ...extra], { env: NO_BROWSER });
  const mtime = (file: string) => statSync(join(out, file)).mtimeMs;

  beforeAll(async () => {
    const first = await runVitae(["build", ...sources, "--out", out, "--theme", theme]);
    expect(first.code, first.stderr).toBe(0);
  });

  it("skips every source when nothing changed, without launching a browser", async () => {
    const before = mtime("xueshen.pdf");
    const again = await build();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/xueshen\.md: up to date .*xueshen\.pdf \(\d+ pages?\)/);
    expect(again.stderr).toContain("0 built, 2 up to date");
    expect(mtime("xueshen.pdf")).toBe(before);
  });

  it("rebuilds only the source whose text changed", async () => {
    appendFileSync(sources[0]!, "\n");
    const run = await build("--format", "json,html,tex");
    expect(run.stderr).toContain("1 built, 1 up to date");
    expect(run.stderr).toMatch(/shengyu-liu\.md → /);
  });

  it("rebuilds everything when a theme file changes, and again under --force", async () => {
    appendFileSync(join(theme, "style.css"), "\n/* changed */\n");
    const changed = await build("--format", "html");
    expect(changed.stderr).toContain("2 built, 0 up to date");
    const forced = await build("--format", "html", "--force");
    expect(forced.stderr).toContain("2 built, 0 up to date");
  });

  it("rebuilds an output that was deleted or edited by hand", async () => {
    writeFileSync(join(out, "xueshen.html"), readFileSync(join(out, "xueshen.html"), "utf8") + "<!-- edited -->");
    const run = await build("--format", "html");
    expect(run.stderr).toContain("1 built, 1 up to date");
  });
});

describe("two sources with one name", () => {
  it("are refused before anything is written, naming both, instead of the second overwriting the first", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-same-name-"));
    const [a, b] = ["a", "b"].map((sub) => {
      cpSync(join(RESUMES_DIR, "xueshen.md"), join(dir, sub, "cv.md"));
      return join(dir, sub, "cv.md");
    });
    const out = join(dir, "out");
    const run = await runVitae(["build", a!, b!, "--out", out, "--format", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${a} and ${b} would both write ${join(out, "cv")}.*`);
    expect(() => statSync(join(out, "cv.json"))).toThrow();
  });
});

describe("an output that would be its own source", () => {
  it("is refused with an error at the source, and the CV the user wrote is left as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-own-source-"));
    const source = join(dir, "cv.md");
    copyFileSync(join(RESUMES_DIR, "xueshen.md"), source);
    const written = readFileSync(source, "utf8");
    const run = await runVitae(["build", source, "--out", dir, "--format", "json,md"], { env: NO_BROWSER });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${source}: error: the md output would overwrite this source file`);
    expect(readFileSync(source, "utf8")).toBe(written);
    // nothing half-done either: the JSON that could have been written is not
    expect(() => statSync(join(dir, "cv.json"))).toThrow();
  });

  it("cannot arise from an --out that names a file: that is refused as wrong usage, not reported as an internal error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-out-file-"));
    const source = join(dir, "cv.md");
    copyFileSync(join(RESUMES_DIR, "xueshen.md"), source);
    writeFileSync(join(dir, "out"), "not a folder");
    const run = await runVitae(["build", source, "--out", join(dir, "out"), "--format", "json"], { env: NO_BROWSER });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out ${join(dir, "out")} is a file, not a folder`);
    expect(run.stderr).not.toContain("internal error");
    const under = await runVitae(["build", source, "--out", join(dir, "out", "sub"), "--format", "json"], { env: NO_BROWSER });
    expect(under.code).toBe(2);
    expect(under.stderr).toContain("lies under a file, not a folder");
  });

  it("is refused when the folder is reached through a link to it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-own-source-"));
    const source = join(dir, "resume.json");
    writeFileSync(source, JSON.stringify({ basics: { name: "Jane Roe" } }));
    symlinkSync(dir, join(dir, "link"));
    const run = await runVitae(["build", source, "--out", join(dir, "link"), "--format", "json"], { env: NO_BROWSER });
    expect(run.code).toBe(1);
    expect(JSON.parse(readFileSync(source, "utf8"))).toEqual({ basics: { name: "Jane Roe" } });
  });
});

describe("the build date, which only the PDF carries", () => {
  const dir = mkdtempSync(join(tmpdir(), "vitae-incremental-date-"));
  const out = join(dir, "out");
  const source = join(dir, "xueshen.md");
  copyFileSync(join(RESUMES_DIR, "xueshen.md"), source);
  const build = (epoch: string, formats: string, env: NodeJS.ProcessEnv = {}) =>
    runVitae(["build", source, "--out", out, "--format", formats], { env: { SOURCE_DATE_EPOCH: epoch, ...env } });

  it("never makes a build without a PDF redo the outputs of a dated build, and a new date redoes the PDF", async () => {
    const dated = await build("1600000000", "json,html,pdf,tex");
    expect(dated.code, dated.stderr).toBe(0);
    const texts = await build("1700000000", "json,html,tex", NO_BROWSER);
    expect(texts.code, texts.stderr).toBe(0);
    expect(texts.stderr).toContain("0 built, 1 up to date");

    const newDate = await build("1700000000", "json,html,pdf,tex");
    expect(newDate.code, newDate.stderr).toBe(0);
    expect(newDate.stderr).toContain("1 built, 0 up to date");
    const again = await build("1700000000", "json,html,pdf,tex", NO_BROWSER);
    expect(again.stderr).toContain("0 built, 1 up to date");
  });
});

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO } from "../support/paths.js";
import { runCommand } from "../support/run.js";

const work = mkdtempSync(join(tmpdir(), "vitae-package-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the package npm makes of vitae", () => {
  // what a git dependency (`npm install github:OWNER/vitae`) installs: npm compiles it in a clone, then
  // packs it, leaving out what .gitignore lists (dist/ among them) unless package.json says otherwise
  it("holds the compiled CLI and its themes, and builds a CV unpacked, with no node_modules beside it", async () => {
    const packed = await runCommand("npm", ["pack", "--ignore-scripts", "--pack-destination", work]);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"))!;
    expect((await runCommand("tar", ["-xzf", join(work, tarball), "-C", work])).code).toBe(0);

    const unpacked = join(work, "package");
    const cv = join(work, "cv.md");
    copyFileSync(join(REPO, "resumes/xueshen.md"), cv);
    const built = await runCommand(process.execPath, [join(unpacked, "bin/vitae.js"), "build", cv, "--out", join(work, "out"), "--format", "json,html,tex", "--theme", "modern"]);
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(work, "out/cv.html"), "utf8")).toContain("Xueshen Liu");
    expect(readdirSync(unpacked)).not.toContain("node_modules");
  });
});

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import official from "@jsonresume/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { STARTER } from "../../src/commands/init.js";
import { detectFormat } from "../../src/source/detect-format.js";
import { runVitae } from "../support/run.js";

const SAMPLE = "node_modules/@jsonresume/schema/sample.resume.json";

describe("vitae init", () => {
  const dir = mkdtempSync(join(tmpdir(), "vitae-init-"));
  const file = join(dir, "resumes/me.md");

  it("writes a starter that validates, with its tags read, and builds", async () => {
    expect((await runVitae(["init", file])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(STARTER);
    const valid = await runVitae(["validate", file]);
    expect(valid.stderr).not.toMatch(/warning|error/);
    expect(valid.code).toBe(0);
    const parsed = JSON.parse((await runVitae(["parse", file])).stdout);
    expect(parsed.meta.sections.filter((s: { tags?: string[] }) => s.tags).map((s: { title: string }) => s.title)).toEqual(["Publications", "Interests"]);
    const built = await runVitae(["build", file, "--out", join(dir, "out"), "--format", "json,html,md,txt", "--except", "private"]);
    expect(built.code).toBe(0);
    expect(readFileSync(join(dir, "out/me.no-private.md"), "utf8")).not.toContain("Climbing");
    // its plain-text export reads as plain text: scripts/bundle.mjs warms the code cache of that parser with it
    expect(detectFormat("me.txt", readFileSync(join(dir, "out/me.no-private.txt"), "utf8")).format).toBe("text");
  });

  it("never overwrites an existing file without --force", async () => {
    writeFileSync(join(dir, "mine.md"), "# Mine\n");
    expect((await runVitae(["init", join(dir, "mine.md")])).code).toBe(1);
    expect(readFileSync(join(dir, "mine.md"), "utf8")).toBe("# Mine\n");
    expect((await runVitae(["init", join(dir, "mine.md"), "--force"])).code).toBe(0);
  });
});

describe("building the JSON Resume sample", () => {
  const out = mkdtempSync(join(tmpdir(), "vitae-sample-"));
  beforeAll(async () => {
    const built = await runVitae(["build", SAMPLE, "--out", out, "--format", "json,html,pdf,tex,jsonresume,md,txt"]);
    expect(built.stderr).not.toMatch(/error/);
  });

  it("writes every format", () => {
    for (const ext of ["json", "html", "pdf", "tex", "resume.json", "md", "txt"]) expect(existsSync(join(out, `sample.resume.${ext}`))).toBe(true);
  });

  it("writes strict JSON Resume that the official schema accepts", () => {
    const strict = JSON.parse(readFileSync(join(out, "sample.resume.resume.json"), "utf8"));
    let errors: unknown = "not called";
    official.validate(strict, (e) => (errors = e));
    expect(errors).toBeNull();
  });

  it("writes plain text no wider than 78 columns, except unbreakable words", () => {
    const lines = readFileSync(join(out, "sample.resume.txt"), "utf8").split("\n");
    expect(lines.filter((l) => [...l].length > 78 && /\s/.test(l.trim()))).toEqual([]);
    expect(lines[0]).toBe("RICHARD HENDRIKS");
  });

  it("renders through an installed JSON Resume theme to PDF", async () => {
    const themed = join(out, "even");
    const built = await runVitae(["build", SAMPLE, "--out", themed, "--format", "html,pdf", "--theme", "jsonresume-theme-even"]);
    expect(built.code).toBe(0);
    expect(readFileSync(join(themed, "sample.resume.html"), "utf8")).toContain("Richard Hendriks");
    expect(readFileSync(join(themed, "sample.resume.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resumeSources } from "../support/paths.js";
import { runCommand, runVitae } from "../support/run.js";

const digests = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => !f.startsWith("."))
      .sort()
      .map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]),
  );

describe("building every résumé twice, in two processes at different times", () => {
  const first = mkdtempSync(join(tmpdir(), "vitae-repro-a-"));
  const second = mkdtempSync(join(tmpdir(), "vitae-repro-b-"));
  beforeAll(async () => {
    const a = await runVitae(["build", ...resumeSources(), "--out", first]);
    expect(a.code, a.stderr).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const b = await runVitae(["build", ...resumeSources(), "--out", second]);
    expect(b.code, b.stderr).toBe(0);
  });

  it("gives byte-identical json, html, pdf and tex for every source", () => {
    const a = digests(first);
    expect(Object.keys(a)).toHaveLength(resumeSources().length * 4);
    expect(digests(second)).toEqual(a);
  });

  it("stamps SOURCE_DATE_EPOCH into the PDF when it is set", async () => {
    const out = mkdtempSync(join(tmpdir(), "vitae-epoch-"));
    const run = await runVitae(["build", resumeSources()[0]!, "--out", out, "--format", "pdf"], { env: { SOURCE_DATE_EPOCH: "1700000000" } });
    expect(run.code, run.stderr).toBe(0);
    const pdf = readdirSync(out).find((f) => f.endsWith(".pdf"))!;
    const report = JSON.parse((await runVitae(["inspect", join(out, pdf), "--json"])).stdout);
    expect(report.metadata.creationDate).toBe("2023-11-14T22:13:20.000Z");
  });

  it("stamps the source's last git commit into the PDF when SOURCE_DATE_EPOCH is not set", async () => {
    const repo = mkdtempSync(join(tmpdir(), "vitae-git-date-"));
    const source = join(repo, basename(resumeSources()[0]!));
    copyFileSync(resumeSources()[0]!, source);
    const commitDate = { GIT_AUTHOR_DATE: "2021-05-06T07:08:09Z", GIT_COMMITTER_DATE: "2021-05-06T07:08:09Z" };
    for (const args of [["init", "-q"], ["add", "."], ["-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "cv"]]) {
      const git = await runCommand("git", args, { cwd: repo, env: commitDate });
      expect(git.code, git.stderr).toBe(0);
    }
    const out = mkdtempSync(join(tmpdir(), "vitae-git-date-out-"));
    const run = await runVitae(["build", source, "--out", out, "--format", "pdf"], { env: { SOURCE_DATE_EPOCH: "" } });
    expect(run.code, run.stderr).toBe(0);
    const pdf = readdirSync(out).find((f) => f.endsWith(".pdf"))!;
    const report = JSON.parse((await runVitae(["inspect", join(out, pdf), "--json"])).stdout);
    expect(report.metadata.creationDate).toBe("2021-05-06T07:08:09.000Z");
  });
});

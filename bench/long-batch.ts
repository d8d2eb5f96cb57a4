/**
 * The long-batch part of the benchmark (BENCH_PART=many): a thousand CVs in
 * one run against a hundred, two shards one after the other against one
 * unsharded run, and a run whose Chromium is killed half-way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { BatchReport } from "../src/output/batch-report.js";
import { readProcessTable } from "../src/pdf/process-memory.js";
import { defaultPoolSize } from "../src/pdf/printer.js";
import { timeProcess, type Run } from "./measure.js";

export interface LongBatchContext {
  /** The generated CVs, a thousand or more. */
  cvs: readonly string[];
  bin: string;
  /** A fresh folder for `name`. */
  dir: (name: string) => string;
  row: (what: string, ours: number, theirs: number | undefined, bar: string, ok: boolean, unit?: (n: number) => string) => void;
}

const mb = (n: number) => `${Math.round(n)} MB`;
const msPerCv = (n: number) => `${Math.round(n)} ms/CV`;
const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;

export async function measureLongBatch({ cvs, bin, dir, row }: LongBatchContext): Promise<void> {
  const build = async (sources: readonly string[], out: string, { extra = [] as string[], report = "report.json", onSample = undefined as Parameters<typeof timeProcess>[3] } = {}) => {
    const run = await timeProcess(process.execPath, [bin, "build", ...sources, "--out", out, "--force", "--report", join(out, report), ...extra], {}, onSample);
    return { run, report: JSON.parse(readFileSync(join(out, report), "utf8")) as BatchReport };
  };
  const count = cvs.length;
  const hundred = await build(cvs.slice(0, 100), dir("many-100"));
  // the CPU time of vitae and Chromium as the PDFs appear: on a machine shared with other work,
  // wall time per CV follows the neighbours' load, CPU time per CV much less
  const allOut = dir("many-all");
  const trace: { pdfs: number; cpuMs: number }[] = [];
  let traced = 0;
  const traceCpu = (_pid: number, cpuMs: number) => {
    if (++traced % 4 === 0) trace.push({ pdfs: countPdfs(allOut), cpuMs });
  };
  const loadBefore = loadavg()[0]!;
  const all = await build(cvs, allOut, { onSample: traceCpu });
  row(`for scale: the machine's load average (1 min, 2 cores shared with other work) as the ${count} began and ended`, loadavg()[0]!, loadBefore, "—", true, (n) => n.toFixed(1));
  ensureBuilt(all.run, all.report, count);
  ensureBuilt(hundred.run, hundred.report, 100);

  row(`peak memory of vitae + Chromium: ${count} CVs against 100`, all.run.peakMb, hundred.run.peakMb, "≤ 1.2×", all.run.peakMb <= 1.2 * hundred.run.peakMb, mb);
  // the time between CVs finishing, over the first hundred (after Chromium's launch) and over the last
  const ends = all.report.files.map((f) => f.endedMs).sort((a, b) => a - b);
  const first = (ends[100]! - ends[0]!) / 100;
  const last = (ends[count - 1]! - ends[count - 101]!) / 100;
  row(`wall time per CV: the last 100 of ${count} against the first 100`, last, first, "≤ 1.1×", last <= 1.1 * first, msPerCv);
  const cpuWhen = (pdfs: number) => trace.find((t) => t.pdfs >= pdfs)?.cpuMs ?? NaN;
  const [firstCpu, lastCpu] = [(cpuWhen(101) - cpuWhen(1)) / 100, (cpuWhen(count - 10) - cpuWhen(count - 110)) / 100];
  row(`CPU time per CV (vitae + Chromium): the last 100 of ${count} against the first 100`, lastCpu, firstCpu, "≤ 1.1×", lastCpu <= 1.1 * firstCpu, msPerCv);
  row(`time per CV over a whole batch: ${count} against 100 (whole process)`, all.run.ms / count, hundred.run.ms / 100, "—", true, msPerCv);

  // two shards, one after the other, into one folder
  const shardsOut = dir("many-shards");
  const shards = [];
  for (const k of [1, 2]) shards.push(await build(cvs, shardsOut, { extra: ["--shard", `${k}/2`], report: `shard-${k}.json` }));
  const sharded = shards.flatMap((s) => s.report.files.map((f) => f.source)).sort();
  const everyCv = [...cvs].sort();
  const same = sharded.length === count && sharded.every((s, i) => s === everyCv[i]);
  row(`shards 1/2 and 2/2 together build the same ${count} sources as one run`, sharded.length, count, "the same set", same, String);
  const aboutHalf = (part: number, whole: number) => part <= 0.6 * whole && part >= 0.4 * whole;
  for (const [i, s] of shards.entries()) {
    row(`shard ${i + 1}/2 of ${count} (${s.report.counts.built} CVs), whole process, against the unsharded run`, s.run.ms, all.run.ms, "about 0.5×", aboutHalf(s.run.ms, all.run.ms), seconds);
    row(`  its CPU time (vitae + Chromium) against the unsharded run's`, s.run.cpuMs, all.run.cpuMs, "about 0.5×", aboutHalf(s.run.cpuMs, all.run.cpuMs), seconds);
  }

  // Chromium killed when half the PDFs are written
  const killedOut = dir("many-killed");
  let killedAt: number | undefined;
  let samples = 0;
  const killWhenHalfWritten = (pid: number) => {
    if (killedAt !== undefined || ++samples % 4) return;
    const pdfs = countPdfs(killedOut);
    if (pdfs < count / 2) return;
    const chromium = readProcessTable().find((p) => p.parent === pid && /chrom/i.test(p.name));
    if (!chromium) return;
    process.kill(chromium.pid, "SIGKILL");
    killedAt = pdfs;
  };
  const killed = await build(cvs, killedOut, { onSample: killWhenHalfWritten });
  const leftovers = readdirSync(killedOut).filter((f) => f.endsWith(".tmp")).length;
  const pdfs = readdirSync(killedOut).filter((f) => f.endsWith(".pdf"));
  const whole = pdfs.every((f) => readFileSync(join(killedOut, f)).subarray(0, 5).toString() === "%PDF-");
  const { built, failed, retried } = killed.report.counts;
  const ok = killed.run.code === 0 && killedAt !== undefined && built === count && failed === 0 && retried <= defaultPoolSize() && leftovers === 0 && pdfs.length === count && whole;
  row(
    `Chromium killed after PDF ${killedAt ?? "(never)"} of ${count}: exit ${killed.run.code}, ${built} built, ${failed} failed, ${retried} printed again, ${leftovers} temporary files left, ${pdfs.length} whole PDFs`,
    killed.run.ms,
    all.run.ms,
    `finishes; ≤ ${defaultPoolSize()} printed again`,
    ok,
    seconds,
  );
}

function countPdfs(dir: string): number {
  return readdirSync(dir).filter((f) => f.endsWith(".pdf")).length;
}

function ensureBuilt(run: Run, report: BatchReport, count: number): void {
  if (run.code !== 0 || report.counts.built !== count) throw new Error(`a batch of ${count} did not build every CV:\n${run.stderr.slice(-2000)}`);
}

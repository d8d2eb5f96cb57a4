/**
 * `npm run bench`: vitae beside a bare puppeteer script measured the same way
 * in the same run, and a long batch's health. Speed is judged here, never in tests.
 * BENCH_PART=speed (bench/results.md: against bare puppeteer, BENCH_COUNT CVs)
 * or BENCH_PART=many (bench/results-many.md: BENCH_MANY_COUNT CVs, 1,000 by
 * default) runs one part alone; unset, both run.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { basename, join } from "node:path";
import { loadResume } from "../src/load-resume.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { defaultPoolSize } from "../src/pdf/printer.js";
import { measureDocumentReading } from "./documents.js";
import { generateCvs, listSeeds, writeLargeCv } from "./generate.js";
import { median, middle, pairedMedians, timeProcess, type Pair, type Run } from "./measure.js";
import { measureLongBatch } from "./long-batch.js";
import { measureParseUnderCliFlags } from "./parse-baseline.js";
import { measurePlanAgreement } from "./print-plan.js";
import { loadTheme } from "../src/render/theme.js";
import { measureReviewCost } from "./review-cost.js";
import { measureWatchLatency } from "./watch-latency.js";

const COUNT = Number(process.env.BENCH_COUNT ?? 50);
const BIN = join(PACKAGE_ROOT, "bin/vitae.js");
const BARE = join(PACKAGE_ROOT, "dist/bench/bare-print.js");
const work = mkdtempSync(join(tmpdir(), "vitae-bench-"));
const dir = (name: string) => {
  const path = join(work, name);
  mkdirSync(path, { recursive: true });
  return path;
};
const check = (run: Run, what: string) => {
  if (run.code !== 0) throw new Error(`${what} failed:\n${run.stderr}`);
  return run;
};
const vitae = (args: string[]) => timeProcess(process.execPath, [BIN, ...args]).then((r) => check(r, `vitae ${args.slice(0, 2).join(" ")}`));
const bare = (pool: number, out: string, files: string[]) => timeProcess(process.execPath, [BARE, String(pool), out, ...files]).then((r) => check(r, "bare-print"));

const seeds = listSeeds([join(PACKAGE_ROOT, "../shared/seeds"), join(PACKAGE_ROOT, "resumes")]);
// each seed's owner as vitae reads it, so that the generated CVs change the name wherever it is written
const owners = new Map<string, string>();
for (const seed of seeds) {
  const loaded = await loadResume(seed);
  const name = loaded.ok ? loaded.value.resume.basics?.name : undefined;
  if (name) owners.set(seed, name);
}
const rows: { what: string; vitae: string; baseline: string; ratio: string; bar: string; ok: boolean }[] = [];
const ms = (n: number) => `${Math.round(n)} ms`;
const row = (what: string, ours: number, theirs: number | undefined, bar: string, ok: boolean, unit = ms, pairs?: readonly Pair[]) =>
  rows.push({ what, vitae: unit(ours), baseline: theirs === undefined ? "—" : unit(theirs), ratio: theirs === undefined ? "—" : `${(ours / theirs).toFixed(2)}×${pairs ? ` (pairs: ${spreadOfRatios(pairs)})` : ""}`, bar, ok });
/** The lowest and highest ratio among the pairs of a measure: how much the verdict owes to the moment. */
const spreadOfRatios = (pairs: readonly Pair[]) => {
  const ratios = pairs.map(([a, b]) => a / b);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
};
const PART = process.env.BENCH_PART ?? "all";
if (!["all", "speed", "many"].includes(PART)) throw new Error(`BENCH_PART is ${PART}; choose speed, many, or leave it unset for both`);
const MANY = Number(process.env.BENCH_MANY_COUNT ?? 1000);

if (PART !== "many") {
  await measureSpeed();
  writeResults("bench/results.md", `${COUNT} generated CVs; medians of repeated runs (vitae and the baseline taken in turns); baseline: bench/bare-print.ts (launch, set content, print) in its own process`, "bare puppeteer");
}
if (PART !== "speed") {
  rows.length = 0;
  await measureLongBatch({ cvs: generateCvs(seeds, dir("many-cvs"), MANY, owners), bin: BIN, dir, row });
  writeResults("bench/results-many.md", `${MANY} generated CVs, every format, each run once (a long batch is its own average); memory: the highest sum of the resident sets of vitae and all its children, sampled every 50 ms`, "against");
}

/** The measures of speed against bare puppeteer (BENCH_PART=speed). */
async function measureSpeed(): Promise<void> {
  const cvs = generateCvs(seeds, dir("cvs"), COUNT, owners);
  const htmlDir = dir("html");
  await vitae(["build", ...cvs, "--out", htmlDir, "--format", "html"]);
  const htmls = cvs.map((cv) => join(htmlDir, cv.split("/").pop()!.replace(/\.\w+$/, ".html")));
  const pool = defaultPoolSize();

  // warm the disk cache for both sides, unmeasured
  await vitae(["build", cvs[0]!, "--out", dir("warm"), "--force"]);
  await bare(1, dir("warm"), [htmls[0]!]);

  // 1. one CV, cold process, all four formats vs launch + set content + print
  const [coldOurs, coldBare, coldPairs] = await pairedMedians(
    7,
    async () => (await vitae(["build", cvs[0]!, "--out", dir("cold"), "--force"])).ms,
    async () => (await bare(1, dir("cold-bare"), [htmls[0]!])).ms,
  );
  row("cold build of one CV, all four formats (whole process)", coldOurs, coldBare, "≤ 1.15× bare", coldOurs <= 1.15 * coldBare, ms, coldPairs);

  // 2. a batch, per CV, same pool size
  let batchPeak = 0;
  let barePeak = 0;
  const [batchRuns, bareRuns]: Run[][] = [[], []];
  const [batchOurs, batchBare, batchPairs] = await pairedMedians(
    5,
    async () => {
      const run = await vitae(["build", ...cvs, "--out", dir("batch"), "--force"]);
      batchPeak = Math.max(batchPeak, run.peakMb);
      batchRuns.push(run);
      return run.ms / COUNT;
    },
    async () => {
      const run = await bare(pool, dir("batch-bare"), htmls);
      barePeak = Math.max(barePeak, run.peakMb);
      bareRuns.push(run);
      return run.ms / COUNT;
    },
  );
  row(`batch of ${COUNT}, per CV (pool of ${pool} pages; vitae reads each source and writes JSON, HTML, PDF and TeX, the bare script prints vitae's HTML)`, batchOurs, batchBare, "≤ 1.2× bare", batchOurs <= 1.2 * batchBare, ms, batchPairs);
  // CPU time, which another job on the machine slows less than it slows the clock: where the batch's time goes
  const cpuPerCv = (runs: Run[], part: (run: Run) => number) => middle(runs.map((run) => part(run) / COUNT));
  for (const [what, part] of [
    ["its CPU time per CV, every process", (run: Run) => run.cpuMs],
    ["  of which Node (the command's own process)", (run: Run) => run.ownCpuMs],
    ["  of which Chromium", (run: Run) => run.cpuMs - run.ownCpuMs],
  ] as const) {
    row(`  ${what}`, cpuPerCv(batchRuns, part), cpuPerCv(bareRuns, part), "—", true);
  }

  // 2b. the shrink decided before the one print, from the page's own layout: how often the print proved it wrong, and whether it decides as prints alone do
  const plan = await measurePlanAgreement(htmls, loadTheme("classic").manifest.options as Record<string, unknown> | undefined);
  row(`  of the ${COUNT}, printed again because the print did not measure as the page's layout said (prints then decided)`, plan.reprinted, undefined, "—", true, String);
  row(`  of the ${COUNT}, pages or shrink other than prints alone decide (they shrank ${plan.shrunk})`, plan.differing.length, undefined, "0", plan.differing.length === 0, String);
  for (const difference of plan.differing) process.stderr.write(`${difference}\n`);

  // 3. nothing changed
  const noop = await median(5, async () => (await vitae(["build", ...cvs, "--out", dir("batch")])).ms);
  row(`no-op rebuild of ${COUNT} (whole process)`, noop, undefined, "< 500 ms", noop < 500);

  // 4. HTML only: no browser at all; Node's own start-up, taken in turns with it, says how fast the machine is just then
  const [htmlOnly, nodeAlone, htmlPairs] = await pairedMedians(
    9,
    async () => (await vitae(["build", cvs[0]!, "--out", dir("html-only"), "--format", "html", "--force"])).ms,
    async () => (await timeProcess(process.execPath, ["-e", "0"])).ms,
  );
  row("HTML-only build of one CV (whole process)", htmlOnly, undefined, "< 300 ms", htmlOnly < 300);
  row("for scale: Node.js starting and exiting (`node -e 0`), in turns with the above", nodeAlone, undefined, "—", true);
  row("HTML-only build less Node's own start-up and exit (median of the pairs' differences)", middle(htmlPairs.map(([a, b]) => a - b)), undefined, "—", true);

  // 5. parsing, in this process and warm: the largest CV of the corpus of real CVs, and sources of 100 KB and 1 MB
  //    of each kind, whose cost must grow linearly (time per MB at 1 MB within 1.3× of that at 100 KB)
  const parseWarm = async (path: string, runs: number) => {
    for (let i = 0; i < 3; i++) await loadResume(path);
    return median(runs, async () => {
      const started = performance.now();
      await loadResume(path);
      return performance.now() - started;
    });
  };
  const corpus = join(PACKAGE_ROOT, "../shared/corpus/cases");
  const largest = existsSync(corpus) ? readdirSync(corpus).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(corpus, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0] : undefined;
  if (largest) {
    const parse = await measureParseUnderCliFlags(largest, 21);
    row(`parsing the largest corpus CV (${basename(largest)}, ${Math.round(statSync(largest).size / 1024)} KB; in a process under the CLI's V8 flags, bin/v8-flags.js; warm) against remark-parse alone on it`, parse.ours, parse.remark, "< 50 ms", parse.ours < 50, ms, parse.pairs);
    const review = await measureReviewCost(largest);
    row(`its review page (--format html,review against html, in process and warm; median of the pairs' differences)`, review.added, undefined, "< 100 ms more", review.added < 100);
  }
  for (const [kind, seed, extension] of [
    ["Markdown", "resumes/shengyu-liu.md", "md"],
    ["plain-text", "resumes/hpc-infra-engineer.txt", "txt"],
  ] as const) {
    const [small, large] = [100 * 1024, 1024 * 1024].map((bytes) => {
      const path = join(work, `${bytes}.${extension}`);
      writeLargeCv(join(PACKAGE_ROOT, seed), path, bytes);
      return path;
    });
    const perMbSmall = (await parseWarm(small!, 5)) * 10.24;
    const parse = await parseWarm(large!, 3);
    row(`parsing a 1 MB ${kind} CV (in process, warm)`, parse, undefined, "< 3 s", parse < 3000);
    row(`  its time per MB against a 100 KB one's`, parse, perMbSmall, "≤ 1.3×", parse <= 1.3 * perMbSmall);
  }

  // 5b. PDF and Word sources, against the same CV read as text
  for (const r of await measureDocumentReading()) row(r.what, r.ours, r.baseline, r.bar, r.ok);

  // 6. memory
  row(`peak memory of the batch of ${COUNT}, Chromium included`, batchPeak, barePeak, "—", true, (n) => `${Math.round(n)} MB`);

  // 7. the live edit loop
  const watched = join(work, "watched.md");
  copyFileSync(cvs[0]!, watched);
  const latencies = await measureWatchLatency(BIN, watched, dir("watch"), 7);
  const watchMedian = middle(latencies);
  row("watch: edit → preview shows new content (median of 7)", watchMedian, undefined, "< 300 ms", watchMedian < 300);
}

/** Writes one part's table to `file` (and to the terminal), with what it was measured on; `against` heads the baseline's column. */
function writeResults(file: string, about: string, against: string): void {
  const machine = [
    `- CPU: ${cpus()[0]?.model ?? "unknown"}, ${cpus().length} cores`,
    `- memory: ${(totalmem() / 1073741824).toFixed(1)} GB`,
    `- node ${process.version}`,
    `- load average (1, 5, 15 min) as the results were written: ${loadavg().map((n) => n.toFixed(1)).join(", ")} on ${cpus().length} cores`,
    `- ${execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()}`,
    `- ${about}`,
  ];
  const table = [
    `| measure | vitae | ${against} | ratio | bar | met |`,
    "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.what} | ${r.vitae} | ${r.baseline} | ${r.ratio} | ${r.bar} | ${r.ok ? "yes" : "**no**"} |`),
  ].join("\n");
  const report = `# vitae benchmark${file.includes("many") ? ": long batches" : ""}\n\n${machine.join("\n")}\n\n${table}\n`;
  writeFileSync(join(PACKAGE_ROOT, file), report);
  process.stdout.write(report);
}

/**
 * Parsing a CV in process and warm, against remark-parse alone (CommonMark,
 * no plugins) on the same file, taken in turns: remark-parse is the floor
 * vitae's Markdown reading stands on, and the ratio says how much vitae adds
 * to it whatever else the machine is doing.
 *
 *   node dist/bench/parse-baseline.js [cv.md] [--runs=N] [--json]   (default: the largest corpus CV, 41 runs)
 *
 * The benchmark runs it in a process of its own under the CLI's V8 flags
 * (bin/v8-flags.js), which change how fast the parser's code runs.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { loadResume } from "../src/load-resume.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { pairedMedians, type Pair } from "./measure.js";

export interface ParseAgainstRemark {
  /** Median ms of vitae's whole reading (loadResume: parse, sanitize, extract, validate). */
  ours: number;
  /** Median ms of remark-parse alone on the same text. */
  remark: number;
  pairs: Pair[];
}

const timed = async (work: () => unknown): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

/** The medians of `runs` warm readings of `path` by vitae and by remark-parse alone, taken in turns after a few to warm up. */
export async function measureParseAgainstRemark(path: string, runs: number): Promise<ParseAgainstRemark> {
  const text = readFileSync(path, "utf8");
  const remark = unified().use(remarkParse).freeze();
  for (let i = 0; i < 5; i++) {
    await loadResume(path);
    remark.parse(text);
  }
  const [ours, theirs, pairs] = await pairedMedians(
    runs,
    () => timed(() => loadResume(path)),
    () => timed(() => remark.parse(text)),
  );
  return { ours, remark: theirs, pairs };
}

/** The V8 flags bin/vitae.js runs the CLI under. */
export const CLI_V8_FLAGS: string[] = createRequire(import.meta.url)(join(PACKAGE_ROOT, "bin/v8-flags.js"));

/** measureParseAgainstRemark in a Node process of its own, run under the CLI's V8 flags. */
export async function measureParseUnderCliFlags(path: string, runs: number): Promise<ParseAgainstRemark> {
  const { stdout } = await promisify(execFile)(process.execPath, [...CLI_V8_FLAGS, fileURLToPath(import.meta.url), path, "--json", `--runs=${runs}`]);
  return JSON.parse(stdout) as ParseAgainstRemark;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const path = args.find((arg) => !arg.startsWith("--")) ?? join(PACKAGE_ROOT, "../shared/corpus/cases/acad-dbindel.md");
  const runs = Number(args.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length) ?? 41);
  const measured = await measureParseAgainstRemark(path, runs);
  const { ours, remark, pairs } = measured;
  const ratios = pairs.map(([a, b]) => a / b);
  process.stdout.write(
    args.includes("--json") ? JSON.stringify(measured) : `${path}: vitae ${ours.toFixed(1)} ms, remark-parse alone ${remark.toFixed(1)} ms, ${(ours / remark).toFixed(2)}× (pairs: ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)\n`,
  );
}

import { statSync } from "node:fs";
import { join } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { buildFile, compileThemeForBuild, DEFAULT_FORMATS, OUTPUT_FORMATS, outputBaseName, type BuildOptions, type CompiledTheme, type FileReport, type OutputFormat } from "../build.js";
import { hasCacheEntry, writeCacheEntry } from "../cache/build-cache.js";
import { planBuilds, type PlannedBuild, type PlanRequest } from "../cache/plan-builds.js";
import { formatDiagnostic } from "../diagnostics/format.js";
import { createBatchLog, type BatchLog, type SourceOutcome } from "../output/batch-log.js";
import { writeBatchReport } from "../output/batch-report.js";
import { clockMs, createProgress, progressSink, type Progress, type Verbosity } from "../output/progress.js";
import { sweepTemporaryFiles } from "../output/write-atomic.js";
import { defaultPoolSize, openPrinter, type PageSize, type Printer } from "../pdf/printer.js";
import { loadTheme, type Theme } from "../render/theme.js";
import { findOverriddenSettings } from "../render/theme-settings.js";
import type { FormatOverride } from "../source/detect-format.js";
import { EXIT, reportDiagnostics, UsageError, type Io } from "./io.js";
import { fromOption } from "./parse.js";
import { isJsonResumeThemeName } from "../jsonresume/load-theme-package.js";
import { createVariant } from "../variants/filter-variant.js";
import { sourcesIn } from "../source/list-sources.js";
import { parseShard, sourcesInShard, type Shard } from "../source/shard.js";

export interface BuildFlags {
  out: string;
  format: string;
  theme: string;
  pageSize?: PageSize;
  from?: FormatOverride;
  maxPages?: number;
  only?: string;
  except?: string;
  force?: boolean;
  watch?: boolean;
  port?: number;
  quiet?: boolean;
  verbose?: boolean;
  shard?: Shard;
  list?: boolean;
  report?: string;
}

/** `vitae build [FILE…]`. */
export function registerBuild(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command("build")
    .description("build each FILE (default: every source in resumes/) into out/<name>.{json,html,pdf,tex}")
    .argument("[files...]", "Markdown, plain-text, JSON Resume, PDF or Word (.docx) sources");
  withBuildOptions(command)
    .option("--force", "rebuild even the outputs that are up to date")
    .option("--shard <K/N>", "build only the K-th of N parts of the sources (each source's part is fixed by its path), for N machines", shardArgument)
    .option("--list", "print the sources this build would build, one a line (with --force: every source, or every source of the shard), and build nothing")
    .option("--report <file.json>", "write every source's outcome, outputs and errors, and the counts, to a JSON file")
    .option("-w, --watch", "rebuild FILE on every change and serve a live preview (see `vitae watch`)")
    .option("--port <n>", "with --watch: the preview's port", positiveInteger)
    .action(async (files: string[], flags: BuildFlags) => setExit(await runBuild(files, flags, io)));
}

/** Adds the options `build` and `watch` share. */
export function withBuildOptions(command: Command): Command {
  return command
    .option("-o, --out <dir>", "where outputs go", "out")
    .option("-f, --format <list>", `comma-separated formats among ${OUTPUT_FORMATS.join(",")}`, DEFAULT_FORMATS.join(","))
    .option("-t, --theme <name|path>", "a built-in theme, a theme folder, or an installed jsonresume-theme-* package", "classic")
    .option("--only <tags>", "keep only untagged parts and those tagged with one of these (comma-separated); outputs are named <name>.<tags>.<ext>")
    .option("--except <tags>", "leave out the parts tagged with one of these (comma-separated); outputs are named <name>.no-<tag>.<ext>")
    .addOption(new Option("--page-size <size>", "override the theme's page size").choices(["A4", "Letter"]))
    .addOption(fromOption())
    .option("--max-pages <n>", "fit the PDF in N pages, shrinking spacing and font size within the theme's limits", positiveInteger)
    .option("-q, --quiet", "print only errors")
    .option("-v, --verbose", "also print informational diagnostics");
}

/** What the flags ask to build, and with which theme. */
export interface BuildRequest {
  options: BuildOptions;
  theme: Theme;
  /** A jsonresume-theme-* package that makes the HTML and PDF instead of `theme`. */
  themePackage?: string;
}

/** Turns the shared flags into a build request; throws a UsageError or ThemeError for a bad one. */
export function resolveBuildRequest(flags: BuildFlags): BuildRequest {
  refuseUnusableOutFolder(flags.out);
  const options: BuildOptions = { outDir: flags.out, formats: parseFormats(flags.format), pageSize: flags.pageSize, from: flags.from, maxPages: flags.maxPages, variant: createVariant(flags.only?.split(","), flags.except?.split(",")) };
  // a JSON Resume theme package makes the HTML and PDF; the classic theme still makes the LaTeX
  const themePackage = isJsonResumeThemeName(flags.theme) ? flags.theme : undefined;
  const loaded = loadTheme(themePackage ? "classic" : flags.theme);
  // --page-size wins over theme.json for every target: the printer and the LaTeX geometry alike
  const theme = flags.pageSize ? { ...loaded, manifest: { ...loaded.manifest, options: { ...loaded.manifest.options, pageSize: flags.pageSize } } } : loaded;
  return { options, theme, themePackage };
}

/** An --out that is a file, or lies under one, could hold no outputs: said once, before any source is built. */
function refuseUnusableOutFolder(out: string): void {
  let folder: boolean | undefined;
  try {
    folder = statSync(out, { throwIfNoEntry: false })?.isDirectory();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOTDIR") throw e;
    throw new UsageError(`--out ${out} lies under a file, not a folder; name a folder for the outputs (it is made if missing)`);
  }
  if (folder === false) throw new UsageError(`--out ${out} is a file, not a folder; name a folder for the outputs (it is made if missing)`);
}

/** Compiles the request's theme, wrapping a JSON Resume theme package when one was named. */
export async function compileRequestTheme(request: BuildRequest): Promise<CompiledTheme> {
  const builtIn = await compileThemeForBuild(request.theme, request.options.formats);
  return request.themePackage ? (await import("../jsonresume/compile-theme-package.js")).compileThemePackage(request.themePackage, builtIn) : builtIn;
}

function shardArgument(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === "string") throw new InvalidArgumentError(shard);
  return shard;
}

/** Parses a command-line count such as `--max-pages 1`. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

async function runBuild(files: string[], flags: BuildFlags, io: Io): Promise<number> {
  if (flags.watch) {
    if (files.length !== 1) throw new UsageError("--watch follows one file: `vitae build cv.md --watch`");
    const { runWatch } = await import("./watch.js");
    return runWatch(files[0]!, flags, io);
  }
  const everySource = files.length ? files : sourcesIn("resumes");
  if (!everySource.length) throw new UsageError("no sources: name files to build, or put .md/.txt CVs in resumes/");
  const sources = flags.shard ? sourcesInShard(everySource, flags.shard) : everySource;
  const request = resolveBuildRequest(flags);
  const { options, theme, themePackage } = request;
  if (!flags.quiet && !flags.list) reportDiagnostics(findOverriddenSettings(theme), false, io);
  // checked over every source, not the shard's: two shards must not write one name either
  refuseSharedOutputs(everySource, (source) => outputBaseName(source, options), options.outDir);
  const planRequest: PlanRequest = {
    sources,
    outDir: options.outDir,
    formats: options.formats,
    themeLayers: theme.layers,
    options: { ...options, outDir: undefined, formats: undefined, theme: themePackage ?? theme.name },
    force: Boolean(flags.force),
    env: io.env,
    nameOf: (source) => outputBaseName(source, options),
  };
  if (flags.list) {
    io.out((await planBuilds(planRequest)).flatMap((p) => (p.upToDate ? [] : [`${p.source}\n`])).join(""));
    return EXIT.ok;
  }
  await sweepTemporaryFiles(options.outDir);
  const verbosity: Verbosity = flags.quiet ? "quiet" : flags.verbose ? "verbose" : "normal";
  const batch = createBatchLog(createProgress(progressSink(io.err, io.isTTY, io.env), sources.length, verbosity), Boolean(flags.report));
  const printing = openBatchPrinter(batch, verbosity, io.env);
  try {
    // Chromium takes a second to start: when a PDF will surely be printed (no cache entry to compare, or
    // --force), its start overlaps asking git for dates, loading the pipeline and parsing
    const surelyPrints = options.formats.includes("pdf") && (flags.force || sources.some((source) => !hasCacheEntry(options.outDir, planRequest.nameOf(source))));
    if (surelyPrints) printing.printer.warm();
    const plans = await planBuilds(planRequest);
    // a queue emptied as it goes: a plan (and the source bytes it holds) is let go once its file is built
    const queue = plans.filter((p) => !p.upToDate);
    for (const plan of plans.filter((p) => p.upToDate)) {
      batch.finished(plan.source, { ok: true, skipped: true, outputs: pathsOf(plan.entry!.outputs, options.formats), pageCount: plan.entry?.pageCount, ms: 0 });
    }
    plans.length = 0;
    if (queue.length) await buildQueue(queue, request, batch, verbosity, io, printing);
  } finally {
    // whatever ended the batch, the live line goes first: an error thrown from here is printed on a line of its own
    batch.progress.stop();
    await printing.printer.close();
  }
  const summary = batch.summary(flags.shard);
  if (flags.report) await writeBatchReport(flags.report, { ...batch.report(flags.shard), outDir: options.outDir });
  batch.progress.end(summary, batch.failed.length === 0);
  return batch.failed.length ? EXIT.badInput : EXIT.ok;
}

/** The batch's one printer, and what its notes of a retry need: which source each output name under way comes from, and which were printed again. */
interface BatchPrinter {
  printer: Printer;
  underWay: Map<string, string>;
  retriedNames: Set<string>;
}

function openBatchPrinter(batch: BatchLog, verbosity: Verbosity, env: NodeJS.ProcessEnv): BatchPrinter {
  // output name → source, of the files under way only: the printer names what it retries by output name
  const underWay = new Map<string, string>();
  const retriedNames = new Set<string>();
  const printer = openPrinter({
    env,
    onRetry: (name, why) => {
      if (name !== undefined) retriedNames.add(name);
      if (verbosity !== "quiet") batch.progress.note(`vitae: Chromium failed while printing ${(name && underWay.get(name)) ?? "a PDF"} (${why}); printing it again\n`);
    },
    onRestart: (why) => verbosity !== "quiet" && batch.progress.note(`vitae: ${why}\n`),
  });
  return { printer, underWay, retriedNames };
}

/**
 * Builds the sources that are not up to date, a few at a time, with one
 * printer for them all; a file's failure is recorded and the others go on.
 */
async function buildQueue(queue: PlannedBuild[], request: BuildRequest, batch: BatchLog, verbosity: Verbosity, io: Io, { printer, underWay, retriedNames }: BatchPrinter): Promise<void> {
  const { options } = request;
  // a stale cache entry was compared before Chromium was started; it starts now, overlapping the theme's compiling and parsing
  if (options.formats.includes("pdf")) printer.warm();
  const compiled = await compileRequestTheme(request);
  // Chromium's graceful shutdown (~0.2 s) overlaps the finishing of the last PDFs instead of following it
  const closeAfterLastPrint = countdown(queue.length, () => void printer.close());
  const buildNext = async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      const donePrinting = once(closeAfterLastPrint);
      underWay.set(plan.name, plan.source);
      try {
        const outcome = await buildOne(plan, options, batch.progress, verbosity, io, (p) => buildFile(p.source, options, compiled, printer, { date: p.date, source: p.bytes, sidecar: p.sidecar, donePrinting }));
        batch.finished(plan.source, { ...outcome, skipped: false, retried: retriedNames.delete(plan.name) });
      } finally {
        underWay.delete(plan.name);
        donePrinting();
      }
    }
  };
  // a few files ahead of the printer, not all of them: parsing fifty files at once would keep the
  // main thread from feeding Chromium, which then idles until every file is parsed
  await Promise.all(Array.from({ length: 2 * defaultPoolSize() + 1 }, buildNext));
}

/** The output paths of the formats asked for, from a cache entry. */
function pathsOf(outputs: Record<string, { path: string }>, formats: readonly OutputFormat[]): Record<string, string> {
  return Object.fromEntries(formats.flatMap((f) => (outputs[f] ? [[f, outputs[f].path]] : [])));
}

/** Two sources named alike ("a/cv.md", "b/cv.txt") would write the same outputs, the second over the first. */
function refuseSharedOutputs(sources: readonly string[], nameOf: (source: string) => string, outDir: string): void {
  const byName = new Map<string, string[]>();
  for (const source of new Set(sources)) byName.set(nameOf(source), [...(byName.get(nameOf(source)) ?? []), source]);
  const clash = [...byName].find(([, same]) => same.length > 1);
  if (clash) throw new UsageError(`${clash[1].join(" and ")} would both write ${join(outDir, clash[0])}.*; rename one, or build them into different --out folders`);
}

/** Builds one planned source and records it in the cache when it succeeded; never throws. */
async function buildOne(plan: PlannedBuild, options: BuildOptions, progress: Progress, verbosity: Verbosity, io: Io, build: (plan: PlannedBuild) => Promise<FileReport>): Promise<Omit<SourceOutcome, "skipped">> {
  const started = clockMs();
  progress.started(plan.source);
  let report: FileReport;
  try {
    report = await build(plan);
  } catch (e) {
    // one file's internal failure must not stop the others; its report says how to learn more
    const where = io.env.VITAE_DEBUG ? `\n${(e as Error).stack}` : " (set VITAE_DEBUG=1 to see where, and please report it)";
    report = { source: plan.source, ok: false, outputs: {}, diagnostics: [{ file: plan.source, severity: "error", ruleId: "internal-error", message: `internal error: ${(e as Error).message}${where}` }] };
  }
  const shown: string[] = [];
  const worthShowing = verbosity === "quiet" ? report.diagnostics.filter((d) => d.severity === "error") : report.diagnostics;
  reportDiagnostics(worthShowing, verbosity === "verbose", { ...io, err: (t) => shown.push(t) });
  if (shown.length) progress.note(shown.join(""));
  if (report.ok) await writeCacheEntry(options.outDir, plan.name, plan.key, report.outputs, report.pageCount, plan.entry);
  const errors = report.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
  return { ok: report.ok, outputs: pathsOf(report.outputs as Record<string, { path: string }>, options.formats), pageCount: report.pageCount, ms: clockMs() - started, errors };
}

function parseFormats(list: string): OutputFormat[] {
  const formats = list.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (unknown.length || !formats.length) throw new UsageError(`unknown format "${unknown.join(",") || list}"; choose among ${OUTPUT_FORMATS.join(", ")}`);
  return formats as OutputFormat[];
}

/** A function that calls `then` on its `count`th call. */
function countdown(count: number, then: () => void): () => void {
  let left = count;
  return () => {
    if (--left === 0) then();
  };
}

/** `fn`, callable many times but run only the first. */
function once(fn: () => void): () => void {
  let called = false;
  return () => {
    if (!called) fn();
    called = true;
  };
}

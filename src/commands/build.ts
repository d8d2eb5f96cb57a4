import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Command, Option } from "commander";
import { buildFile, compileThemeForBuild, OUTPUT_FORMATS, type FileReport, type OutputFormat } from "../build.js";
import { openPrinter, type PageSize } from "../pdf/printer.js";
import { loadTheme } from "../render/theme.js";
import type { FormatOverride } from "../source/detect-format.js";
import { EXIT, reportDiagnostics, UsageError, type Io } from "./io.js";
import { fromOption } from "./parse.js";

interface BuildFlags {
  out: string;
  format: string;
  theme: string;
  pageSize?: PageSize;
  from?: FormatOverride;
  quiet?: boolean;
  verbose?: boolean;
}

/** `vitae build [FILE…]`. */
export function registerBuild(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("build")
    .description("build each FILE (default: every source in resumes/) into out/<name>.{json,html,pdf,tex}")
    .argument("[files...]", "Markdown, plain-text or JSON Resume sources")
    .option("-o, --out <dir>", "where outputs go", "out")
    .option("-f, --format <list>", `comma-separated formats among ${OUTPUT_FORMATS.join(",")}`, OUTPUT_FORMATS.join(","))
    .option("-t, --theme <name|path>", "a built-in theme or a theme folder", "classic")
    .addOption(new Option("--page-size <size>", "override the theme's page size").choices(["A4", "Letter"]))
    .addOption(fromOption())
    .option("-q, --quiet", "print only errors")
    .option("-v, --verbose", "also print informational diagnostics")
    .action(async (files: string[], flags: BuildFlags) => setExit(await runBuild(files, flags, io)));
}

async function runBuild(files: string[], flags: BuildFlags, io: Io): Promise<number> {
  const formats = parseFormats(flags.format);
  const sources = files.length ? files : sourcesIn("resumes");
  if (!sources.length) throw new UsageError("no sources: name files to build, or put .md/.txt CVs in resumes/");
  const theme = compileThemeForBuild(loadTheme(flags.theme));
  const printer = openPrinter();
  const reports: FileReport[] = [];
  try {
    for (const source of sources) {
      const started = performance.now();
      const fileReport = await buildFile(source, { outDir: flags.out, formats, pageSize: flags.pageSize, from: flags.from }, theme, printer);
      reports.push(fileReport);
      reportDiagnostics(fileReport.diagnostics, flags.verbose, io);
      if (!flags.quiet && fileReport.ok) io.err(`${source} → ${fileReport.outputs.join(", ")} (${Math.round(performance.now() - started)} ms)\n`);
    }
  } finally {
    await printer.close();
  }
  const failed = reports.filter((r) => !r.ok);
  if (failed.length) io.err(`vitae: ${failed.length} of ${reports.length} source(s) failed: ${failed.map((r) => r.source).join(", ")}\n`);
  return failed.length ? EXIT.badInput : EXIT.ok;
}

function parseFormats(list: string): OutputFormat[] {
  const formats = list.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (unknown.length || !formats.length) throw new UsageError(`unknown format "${unknown.join(",") || list}"; choose among ${OUTPUT_FORMATS.join(", ")}`);
  return formats as OutputFormat[];
}

/** The CV sources in a folder: Markdown, text, JSON and YAML files, but not the .meta.yaml sidecars. */
function sourcesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.(md|markdown|txt|json|ya?ml)$/i.test(f) && !/\.meta\.ya?ml$/i.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

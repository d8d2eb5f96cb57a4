import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { buildFile, type BuildOptions, type FileReport } from "../build.js";
import { planBuilds } from "../cache/plan-builds.js";
import { formatDiagnostic } from "../diagnostics/format.js";
import { openPrinter } from "../pdf/printer.js";
import type { PreviewServer } from "../preview/preview-server.js";
import { sidecarPath } from "../source/read-sidecar.js";
import { findOverriddenSettings } from "../render/theme-settings.js";
import { compileRequestTheme, positiveInteger, resolveBuildRequest, withBuildOptions, type BuildFlags } from "./build.js";
import { EXIT, reportDiagnostics, type Io } from "./io.js";

/** The preview's port unless --port says otherwise; taken only when free, else any free port. */
const DEFAULT_PORT = 4321;
/** Editors write a file in several steps; this lets them finish. */
const SETTLE_MS = 25;
/** The PDF follows the preview after this quiet time, so typing does not queue a print per keystroke. */
const PDF_DELAY_MS = 400;

/** `vitae watch FILE`. */
export function registerWatch(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command("watch")
    .description("rebuild FILE whenever it, its sidecar or the theme changes, with a live preview on http://127.0.0.1")
    .argument("<file>", "a Markdown, plain-text, JSON Resume, PDF or Word (.docx) source");
  withBuildOptions(command)
    .option("--port <n>", `the preview's port (default ${DEFAULT_PORT}, or any free one)`, (v) => (v === "0" ? 0 : positiveInteger(v)))
    .action(async (file: string, flags: BuildFlags) => setExit(await runWatch(file, flags, io)));
}

/** Serves a live preview of `file` and rebuilds its outputs on every change, until interrupted. */
export async function runWatch(file: string, flags: BuildFlags, io: Io): Promise<number> {
  // loaded here: the HTTP server and file watchers would otherwise load with every command
  const { watchPaths } = await import("../preview/watch-paths.js");
  let request = resolveBuildRequest(flags);
  if (!flags.quiet) reportDiagnostics(findOverriddenSettings(request.theme), false, io);
  const server = await startServer(flags.port, basename(file));
  const printer = openPrinter({ env: io.env });
  const wantsPdf = request.options.formats.includes("pdf");
  if (wantsPdf) printer.warm();
  let theme = await compileRequestTheme(request);
  io.err(`vitae: previewing ${file} at ${server.url} (Ctrl-C stops)\n`);

  const build = async (options: BuildOptions): Promise<FileReport> => {
    const [plan] = await planBuilds({ sources: [file], outDir: options.outDir, formats: options.formats, themeLayers: [], options: {}, force: true, env: io.env, nameOf: basename });
    // a source deleted mid-edit has no bytes; buildFile then reports it missing
    return buildFile(file, options, theme, printer, { date: plan!.date, source: plan!.bytes, sidecar: plan!.sidecar });
  };
  const show = (report: FileReport, what: string) => {
    const lines = report.diagnostics.filter((d) => d.severity !== "info" || flags.verbose).map(formatDiagnostic);
    if (lines.length && !flags.quiet) io.err(lines.join("\n") + "\n");
    if (!report.ok) server.showErrors(lines.join("\n"));
    else if (!flags.quiet) io.err(`${file} → ${what} ${new Date().toLocaleTimeString()}\n`);
  };

  // the preview first: everything but the PDF, then the page reloads
  const refreshPreview = serially(async () => {
    // the preview's Review view follows edits too, so its page is kept with the HTML
    const textFormats = request.options.formats.filter((f) => f !== "pdf");
    const report = await build({ ...request.options, formats: [...new Set([...textFormats, "html", "review"] as const)] });
    if (report.ok && report.outputs.html) {
      server.showErrors("");
      server.publish(await readFile(report.outputs.html.path, "utf8"), report.outputs.review && (await readFile(report.outputs.review.path, "utf8")));
    }
    show(report, Object.values(report.outputs).map((o) => o.path).join(", "));
    return report.ok;
  });
  const refreshPdf = serially(async () => {
    const report = await build({ ...request.options, formats: ["pdf"] });
    show(report, `${report.outputs.pdf?.path} (${report.pageCount} page${report.pageCount === 1 ? "" : "s"})`);
    return report.ok;
  });
  let pdfTimer: NodeJS.Timeout | undefined;
  const refresh = async () => {
    try {
      const ok = await refreshPreview();
      clearTimeout(pdfTimer);
      if (ok && wantsPdf) pdfTimer = setTimeout(() => void refreshPdf().catch(report), PDF_DELAY_MS);
    } catch (e) {
      report(e);
    }
  };
  // a bad edit must never end the loop: an internal failure is shown and the next change tries again
  const report = (e: unknown) => {
    const message = `internal error: ${(e as Error).message}${io.env.VITAE_DEBUG ? `\n${(e as Error).stack}` : ""}`;
    io.err(`vitae: ${message}\n`);
    server.showErrors(message);
  };

  // watch before the first build, so an edit made while it runs is not lost
  const stop = watchPaths([file, sidecarPath(file)], request.theme.layers, SETTLE_MS, (changed) => {
    void (async () => {
      if (request.theme.layers.some((layer) => changed.startsWith(layer))) {
        try {
          request = resolveBuildRequest(flags);
          if (!flags.quiet) reportDiagnostics(findOverriddenSettings(request.theme), false, io);
          theme = await compileRequestTheme(request);
        } catch (e) {
          return report(e);
        }
      }
      await refresh();
    })();
  });
  await refresh();

  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  stop();
  clearTimeout(pdfTimer);
  await Promise.all([server.close(), printer.close()]);
  return EXIT.ok;
}

async function startServer(port: number | undefined, title: string): Promise<PreviewServer> {
  const { startPreviewServer } = await import("../preview/preview-server.js");
  if (port !== undefined) return startPreviewServer(port, title);
  return startPreviewServer(DEFAULT_PORT, title).catch(() => startPreviewServer(0, title));
}

/**
 * Runs `work` one call at a time; calls made while it runs collapse into one
 * more run afterwards, so the last edit is always the one built.
 */
function serially(work: () => Promise<boolean>): () => Promise<boolean> {
  let running: Promise<boolean> | undefined;
  let again: Promise<boolean> | undefined;
  const run = (): Promise<boolean> => {
    if (!running) {
      running = work().finally(() => (running = undefined));
      return running;
    }
    again ??= running.catch(() => false).then(() => {
      again = undefined;
      return run();
    });
    return again;
  };
  return run;
}

import { Command, Option } from "commander";
import { hasErrors } from "../diagnostics/diagnostic.js";
import type { FormatOverride } from "../source/detect-format.js";
import { EXIT, reportDiagnostics, type Io } from "./io.js";

// the parser loads only when a command runs, so `--help` and HTML-only builds start fast

/** `--from`: shared by every command that reads a source. */
export function fromOption(): Option {
  return new Option("--from <format>", "read the source as markdown or text, whatever its extension").choices(["markdown", "text"]);
}

/** `vitae parse FILE` and `vitae validate FILE`. */
export function registerParse(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("parse")
    .description("print the canonical résumé of FILE as JSON on standard output; diagnostics go to standard error")
    .argument("<file>", "a Markdown, plain-text, JSON Resume, PDF or Word (.docx) source")
    .addOption(fromOption())
    .option("-v, --verbose", "also print informational diagnostics and how the source was read")
    .action(async (file: string, opts: { from?: FormatOverride; verbose?: boolean }) => {
      const { loadResume } = await import("../load-resume.js");
      const loaded = await loadResume(file, opts.from);
      if (opts.verbose && loaded.ok) io.err(`${file}: read as ${loaded.value.source.format} (${loaded.value.source.formatReason})\n`);
      reportDiagnostics(loaded.diagnostics, opts.verbose, io);
      if (!loaded.ok) return setExit(EXIT.badInput);
      io.out(JSON.stringify(loaded.value.resume, null, 2) + "\n");
    });

  program
    .command("validate")
    .description("check FILE and print its diagnostics; exit 0 when it is valid")
    .argument("<file>", "a Markdown, plain-text, JSON Resume, PDF or Word (.docx) source")
    .addOption(fromOption())
    .option("-v, --verbose", "also print informational diagnostics")
    .action(async (file: string, opts: { from?: FormatOverride; verbose?: boolean }) => {
      const { loadResume } = await import("../load-resume.js");
      const loaded = await loadResume(file, opts.from);
      reportDiagnostics(loaded.diagnostics, opts.verbose, io);
      const valid = loaded.ok && !hasErrors(loaded.diagnostics);
      if (valid) io.err(`${file}: valid\n`);
      setExit(valid ? EXIT.ok : EXIT.badInput);
    });
}

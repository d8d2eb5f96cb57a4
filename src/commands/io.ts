import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnostic } from "../diagnostics/format.js";

/** Where a command writes; tests pass their own to capture output. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether standard error is a terminal (live progress) or a pipe/CI log (one line per file). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
};

/** Exit codes: what a script calling vitae can rely on. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;

/** A failure of the command line itself (bad option, unknown theme): exit 2. */
export class UsageError extends Error {}

/** Prints diagnostics as `file:line:col: severity: message [rule]`; infos only when verbose. */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], verbose: boolean | undefined, io: Io): void {
  for (const d of diagnostics) if (verbose || d.severity !== "info") io.err(formatDiagnostic(d) + "\n");
}

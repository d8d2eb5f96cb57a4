/** How much a build says while it runs. */
export type Verbosity = "quiet" | "normal" | "verbose";

export interface ProgressSink {
  write: (text: string) => void;
  /** A terminal gets one live line; a pipe or CI log gets one plain line per file. */
  live: boolean;
  color: boolean;
}

/** One finished source, as the progress report shows it. */
export interface FileOutcome {
  source: string;
  ok: boolean;
  skipped: boolean;
  outputs: string[];
  pageCount?: number;
  ms: number;
}

export interface Progress {
  started(source: string): void;
  /** Prints a block of text (diagnostics) without tearing the live line. */
  note(text: string): void;
  finished(outcome: FileOutcome): void;
  /** Clears the live line and prints the summary. */
  end(summary: string, ok: boolean): void;
}

/** Decides how progress is shown: live only on a terminal outside CI; colour unless NO_COLOR. */
export function progressSink(write: (text: string) => void, isTTY: boolean, env: NodeJS.ProcessEnv): ProgressSink {
  const live = isTTY && !env.CI && env.TERM !== "dumb";
  return { write, live, color: live && env.NO_COLOR === undefined };
}

/**
 * Milliseconds on a monotonic clock, for elapsed times. Not performance.now():
 * Node loads all of perf_hooks the first time it is used, a few milliseconds
 * of every build.
 */
export function clockMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Reports a batch of `total` sources as they build. */
export function createProgress(sink: ProgressSink, total: number, verbosity: Verbosity): Progress {
  const began = clockMs();
  const running: string[] = [];
  let done = 0;
  let shown = false;
  const paint = (code: string, text: string) => (sink.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const clear = () => {
    if (shown) sink.write("\r\x1b[K");
    shown = false;
  };
  const draw = () => {
    if (!sink.live || verbosity === "quiet") return;
    const current = running[0] ? ` ${running[0]}${running.length > 1 ? ` (+${running.length - 1})` : ""}` : "";
    sink.write(`\r\x1b[K${paint("2", `[${done}/${total}]`)}${current} ${seconds(clockMs() - began)}`);
    shown = true;
  };
  const timer = sink.live && verbosity !== "quiet" ? setInterval(draw, 200) : undefined;
  timer?.unref();

  return {
    started(source) {
      running.push(source);
      draw();
    },
    note(text) {
      clear();
      sink.write(text);
      draw();
    },
    finished(outcome) {
      running.splice(running.indexOf(outcome.source), 1);
      done++;
      const plainLine = !sink.live && verbosity !== "quiet";
      if (outcome.ok && (plainLine || verbosity === "verbose")) {
        clear();
        sink.write(describe(outcome) + "\n");
      }
      draw();
    },
    end(summary, ok) {
      if (timer) clearInterval(timer);
      clear();
      if (verbosity !== "quiet" || !ok) sink.write(paint(ok ? "32" : "31", summary) + "\n");
    },
  };
}

/** `resumes/cv.md → out/cv.json, out/cv.pdf (2 pages) 312 ms`, or `… up to date`. */
function describe(o: FileOutcome): string {
  const outputs = o.outputs.map((p) => (p.endsWith(".pdf") && o.pageCount ? `${p} (${o.pageCount} page${o.pageCount === 1 ? "" : "s"})` : p)).join(", ");
  return o.skipped ? `${o.source}: up to date (${outputs})` : `${o.source} → ${outputs} ${Math.round(o.ms)} ms`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

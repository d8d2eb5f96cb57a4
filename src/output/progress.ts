/** How much a build says while it runs. */
export type Verbosity = "quiet" | "normal" | "verbose";

export interface ProgressSink {
  write: (text: string) => void;
  /** A terminal gets one live line; a pipe or CI log gets plain lines (per file, or per tenth of a long batch). */
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
  /** Clears the live line and stops redrawing it, so that what comes next (an error that ended the batch) starts a line of its own. */
  stop(): void;
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

/** From this many sources on, a batch is long: its progress shows rate and time left, and a log gets a line per tenth instead of per file. */
export const LONG_BATCH = 20;

/**
 * Reports a batch of `total` sources as they build. On a terminal, one live
 * line; in a log, a line per file, or for a long batch one per tenth done.
 */
export function createProgress(sink: ProgressSink, total: number, verbosity: Verbosity): Progress {
  const began = clockMs();
  const long = total >= LONG_BATCH;
  const running: string[] = [];
  const pace = createPace(total);
  let done = 0;
  let tenthsLogged = 0;
  let shown = false;
  let stopped = false;
  const paint = (code: string, text: string) => (sink.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const clear = () => {
    if (shown) sink.write("\r\x1b[K");
    shown = false;
  };
  const draw = () => {
    if (!sink.live || verbosity === "quiet" || stopped) return;
    const current = running[0] ? ` ${running[0]}${running.length > 1 ? ` (+${running.length - 1})` : ""}` : "";
    const rate = long ? pace.describe(done) : "";
    sink.write(`\r\x1b[K${paint("2", `[${done}/${total}]`)}${current} ${seconds(clockMs() - began)}${rate && ` · ${rate}`}`);
    shown = true;
  };
  const timer = sink.live && verbosity !== "quiet" ? setInterval(draw, 200) : undefined;
  timer?.unref();
  const stop = () => {
    stopped = true;
    clearInterval(timer);
    clear();
  };
  const logTenth = () => {
    const tenths = Math.floor((done * 10) / total);
    if (tenths <= tenthsLogged) return;
    tenthsLogged = tenths;
    const rate = pace.describe(done);
    sink.write(`[${done}/${total}] ${tenths * 10}% ${seconds(clockMs() - began)}${rate && ` · ${rate}`}\n`);
  };

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
      if (!outcome.skipped) pace.built();
      const plainLine = !sink.live && verbosity === "normal" && !long;
      if (outcome.ok && (plainLine || verbosity === "verbose")) {
        clear();
        sink.write(describe(outcome) + "\n");
      }
      if (!sink.live && verbosity === "normal" && long) logTenth();
      draw();
    },
    stop,
    end(summary, ok) {
      stop();
      const took = long ? ` in ${duration(clockMs() - began)}` : "";
      if (verbosity !== "quiet" || !ok) sink.write(paint(ok ? "32" : "31", summary + took) + "\n");
    },
  };
}

/**
 * The rate of a batch's builds and the time its remaining ones will take at
 * that rate. Up-to-date sources finish at once and are left out of the rate,
 * which counts from the first build to finish, after Chromium's launch.
 */
function createPace(total: number) {
  let builtCount = 0;
  let firstBuiltAt: number | undefined;
  return {
    built() {
      builtCount++;
      firstBuiltAt ??= clockMs();
    },
    describe(done: number): string {
      if (builtCount < 2 || firstBuiltAt === undefined) return "";
      const perSecond = ((builtCount - 1) * 1000) / Math.max(1, clockMs() - firstBuiltAt);
      const left = total - done;
      return `${perSecond.toFixed(1)} CV/s${left ? ` · ${duration((left / perSecond) * 1000)} left` : ""}`;
    },
  };
}

/** `42 s`, `3 min 05 s`, `1 h 02 min`. */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/** `resumes/cv.md → out/cv.json, out/cv.pdf (2 pages) 312 ms`, or `… up to date`. */
function describe(o: FileOutcome): string {
  const outputs = o.outputs.map((p) => (p.endsWith(".pdf") && o.pageCount ? `${p} (${o.pageCount} page${o.pageCount === 1 ? "" : "s"})` : p)).join(", ");
  return o.skipped ? `${o.source}: up to date (${outputs})` : `${o.source} → ${outputs} ${Math.round(o.ms)} ms`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

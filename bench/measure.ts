import { spawn } from "node:child_process";
import { measureProcessTree } from "../src/pdf/process-memory.js";

export interface Run {
  ms: number;
  code: number;
  stderr: string;
  /** Highest sum of the resident memory of the process and all its descendants (Chromium included), in MB. */
  peakMb: number;
  /** CPU time of the process tree at the last sample, in ms: what the run cost, whatever else the machine was doing. */
  cpuMs: number;
}

/** Runs a command to completion, timing it and sampling its process tree's memory every 50 ms (when `onSample` may act on it too). */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv = {}, onSample?: (pid: number, tree: { rssMb: number; cpuMs: number }) => void): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peak = 0;
    let cpuMs = 0;
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const sampler = setInterval(() => {
      const tree = measureProcessTree(child.pid!);
      peak = Math.max(peak, tree.rssMb);
      cpuMs = tree.cpuMs;
      onSample?.(child.pid!, tree);
    }, 50);
    child.on("exit", (code) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, code: code ?? 1, stderr, peakMb: peak, cpuMs });
    });
  });
}

/** The median of `times` runs of `work`. */
export async function median(times: number, work: () => Promise<number>): Promise<number> {
  const results: number[] = [];
  for (let i = 0; i < times; i++) results.push(await work());
  return middle(results);
}

/** One run of each side, taken one after the other. */
export type Pair = readonly [ours: number, theirs: number];

/**
 * The medians of `times` runs of each side, taken in turns (ours, theirs, ours…), so that a
 * slow spell of this shared machine falls on both sides rather than on whichever ran then;
 * and the pairs themselves, which show how far the machine moved during the measure.
 */
export async function pairedMedians(times: number, ours: () => Promise<number>, theirs: () => Promise<number>): Promise<[number, number, Pair[]]> {
  const pairs: Pair[] = [];
  for (let i = 0; i < times; i++) pairs.push([await ours(), await theirs()]);
  return [middle(pairs.map(([a]) => a)), middle(pairs.map(([, b]) => b)), pairs];
}

/** The median of a list of numbers. */
export function middle(values: readonly number[]): number {
  return [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
}

import { spawn } from "node:child_process";
import { processTree } from "../src/pdf/process-memory.js";

export interface Run {
  ms: number;
  code: number;
  stderr: string;
  /** Highest sum of the resident memory of the process and all its descendants (Chromium included), in MB. */
  peakMb: number;
  /** CPU time of the process tree, in ms: each process's own as last sampled, summed, so one that ended still counts. What the run cost, whatever else the machine was doing. */
  cpuMs: number;
  /** The part of `cpuMs` that is the command's own process (Node), without its children (Chromium). */
  ownCpuMs: number;
}

/** Runs a command to completion, timing it and sampling its process tree's memory and CPU time every 50 ms (when `onSample` may act on it too). */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv = {}, onSample?: (pid: number, cpuMs: number) => void): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let peak = 0;
    const cpuByPid = new Map<number, number>();
    const cpuMs = () => [...cpuByPid.values()].reduce((sum, ms) => sum + ms, 0);
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const sampler = setInterval(() => {
      const tree = processTree(child.pid!);
      peak = Math.max(peak, tree.reduce((sum, p) => sum + p.rssBytes, 0) / 1048576);
      for (const p of tree) cpuByPid.set(p.pid, p.cpuMs);
      onSample?.(child.pid!, cpuMs());
    }, 50);
    child.on("exit", (code) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, code: code ?? 1, stderr, peakMb: peak, cpuMs: cpuMs(), ownCpuMs: cpuByPid.get(child.pid!) ?? 0 });
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

import { execFile } from "node:child_process";
import { dirname, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The date used when nothing else gives one: fixed, so that builds outside git are still reproducible. */
export const FIXED_EPOCH = new Date(Date.UTC(2000, 0, 1));

/**
 * The date to stamp into outputs: SOURCE_DATE_EPOCH when set, else the
 * source's last git commit, else a fixed epoch. Never the clock: the same
 * input must give the same bytes.
 */
export async function resolveBuildDate(sourcePath: string, env: NodeJS.ProcessEnv): Promise<Date> {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const absolute = resolve(sourcePath);
    const { stdout } = await run("git", ["log", "-1", "--format=%ct", "--", absolute], { cwd: dirname(absolute), timeout: 5000 });
    const seconds = Number(stdout.trim());
    if (seconds > 0) return new Date(seconds * 1000);
  } catch {
    // not in a git repository, or git is missing: fall through to the fixed epoch
  }
  return FIXED_EPOCH;
}

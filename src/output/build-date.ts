import { basename, dirname, resolve } from "node:path";
import { promisify } from "node:util";

/** The date used when nothing else gives one: fixed, so that builds outside git are still reproducible. */
export const FIXED_EPOCH = new Date(Date.UTC(2000, 0, 1));

/**
 * The date to stamp into each source's outputs: SOURCE_DATE_EPOCH when set,
 * else the source's last git commit, else a fixed epoch. Never the clock: the
 * same input must give the same bytes. git is asked once per folder, not per file.
 */
export async function resolveBuildDates(sourcePaths: readonly string[], env: NodeJS.ProcessEnv): Promise<Map<string, Date>> {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Map(sourcePaths.map((p) => [p, new Date(Number(epoch) * 1000)]));
  const byFolder = new Map<string, string[]>();
  for (const p of sourcePaths) byFolder.set(dirname(resolve(p)), [...(byFolder.get(dirname(resolve(p))) ?? []), p]);
  const dates = new Map<string, Date>();
  await Promise.all(
    [...byFolder].map(async ([folder, paths]) => {
      const commits = await lastCommits(folder, paths.map((p) => basename(p)));
      for (const p of paths) dates.set(p, commits.get(basename(p)) ?? FIXED_EPOCH);
    }),
  );
  return dates;
}

/** File name → time of the newest commit that touched it, for files in one folder. */
async function lastCommits(folder: string, names: string[]): Promise<Map<string, Date>> {
  const found = new Map<string, Date>();
  try {
    // newest first: the first commit a name appears under is its last change
    // loaded here: child_process and what it brings cost every build that has no PDF to date
    const run = promisify((await import("node:child_process")).execFile);
    const { stdout } = await run("git", ["log", "--format=@%ct", "--name-only", "--relative", "--", ...names], { cwd: folder, timeout: 5000, maxBuffer: 16 * 1024 * 1024 });
    let current: Date | undefined;
    for (const line of stdout.split("\n")) {
      if (line.startsWith("@")) current = new Date(Number(line.slice(1)) * 1000);
      else if (line && current && !found.has(line)) found.set(line, current);
    }
  } catch {
    // not in a git repository, or git is missing: every file falls back to the fixed epoch
  }
  return found;
}

import { readdirSync, readFileSync } from "node:fs";

/** One running process, as /proc tells it. */
export interface ProcessEntry {
  pid: number;
  parent: number;
  name: string;
  rssBytes: number;
  /** CPU time the process itself has used (user and system), in ms. */
  cpuMs: number;
}

/** Linux's clock ticks per second (USER_HZ), the unit of CPU times in /proc. */
const TICKS_PER_SECOND = 100;

/** Every process /proc lists (Linux); none where there is no /proc. */
export function readProcessTable(): ProcessEntry[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return [{ pid: Number(entry), parent: Number(fields[1]), name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), rssBytes: Number(fields[21]) * 4096, cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND }];
    } catch {
      // the process ended between listing and reading
      return [];
    }
  });
}

/** The processes of a tree: `root` and all its descendants. */
export function processTree(root: number): ProcessEntry[] {
  const table = readProcessTable();
  const parents = new Map(table.map((p) => [p.pid, p.parent]));
  const inTree = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!));
  return table.filter((p) => inTree(p.pid));
}

/**
 * The resident memory of a process and all its descendants, in MB; 0 where
 * there is no /proc. Chromium is a tree of processes (browser, GPU,
 * renderers, zygotes), and only their sum says how big it grew.
 */
export function processTreeMb(root: number): number {
  return processTree(root).reduce((sum, p) => sum + p.rssBytes, 0) / 1048576;
}

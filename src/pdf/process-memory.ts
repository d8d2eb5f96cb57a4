import { readdirSync, readFileSync } from "node:fs";

/** One running process, as /proc tells it. */
export interface ProcessEntry {
  pid: number;
  parent: number;
  name: string;
  rssBytes: number;
  /** CPU time used, in clock ticks: its own and that of its children that have ended. */
  cpuTicks: number;
}

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
      return [{ pid: Number(entry), parent: Number(fields[1]), name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), rssBytes: Number(fields[21]) * 4096, cpuTicks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) }];
    } catch {
      // the process ended between listing and reading
      return [];
    }
  });
}

/** Linux's clock ticks per second (USER_HZ), the unit of CPU times in /proc. */
const TICKS_PER_SECOND = 100;

/**
 * The resident memory (MB) and CPU time (ms, with that of descendants that
 * have ended) of a process and all its descendants; zero where there is no
 * /proc. Chromium is a tree of processes (browser, GPU, renderers, zygotes),
 * and only their sum says how big it grew.
 */
export function measureProcessTree(root: number): { rssMb: number; cpuMs: number } {
  const table = readProcessTable();
  const parents = new Map(table.map((p) => [p.pid, p.parent]));
  const inTree = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!));
  const tree = table.filter((p) => inTree(p.pid));
  return { rssMb: tree.reduce((sum, p) => sum + p.rssBytes, 0) / 1048576, cpuMs: (tree.reduce((sum, p) => sum + p.cpuTicks, 0) * 1000) / TICKS_PER_SECOND };
}

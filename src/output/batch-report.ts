import { VERSION } from "../version.js";
import { writeAtomic } from "./write-atomic.js";

export type FileStatus = "built" | "up to date" | "failed";

/** One source in a batch report. */
export interface ReportedFile {
  source: string;
  status: FileStatus;
  /** Format → the file written (or found up to date), as a path from the working folder. */
  outputs: Record<string, string>;
  pageCount?: number;
  /** How long its build took, and when it ended, in ms from the batch's start. */
  ms: number;
  endedMs: number;
  /** True when Chromium failed while printing it and it was printed again. */
  retried?: boolean;
  /** Its errors, as `vitae build` prints them. */
  errors?: string[];
}

/** What `vitae build --report FILE.json` writes: the counts, and every source with its outputs or errors. */
export interface BatchReport {
  vitae: string;
  /** `K/N` when the batch was a shard. */
  shard?: string;
  outDir: string;
  counts: { sources: number; built: number; upToDate: number; failed: number; retried: number };
  ms: number;
  files: ReportedFile[];
}

/** Writes the report atomically, so a gathering job never reads half of one. */
export async function writeBatchReport(path: string, report: Omit<BatchReport, "vitae">): Promise<void> {
  const sorted = { vitae: VERSION, ...report, files: [...report.files].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)) };
  await writeAtomic(path, JSON.stringify(sorted, null, 2) + "\n");
}

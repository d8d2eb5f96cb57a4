import type { Shard } from "../source/shard.js";
import type { BatchReport, ReportedFile } from "./batch-report.js";
import { clockMs, type Progress } from "./progress.js";

/** How one source of a batch ended. */
export interface SourceOutcome {
  ok: boolean;
  /** Up to date: nothing was built. */
  skipped: boolean;
  /** Format → the file written or found up to date. */
  outputs: Record<string, string>;
  pageCount?: number;
  ms: number;
  retried?: boolean;
  errors?: string[];
}

/** Failed sources named in the summary line; the rest are counted, and listed in the report. */
const FAILURES_NAMED = 20;

/**
 * Counts a batch's sources as they end and passes each on to the progress
 * report. It keeps the names of failed sources, and a record of every source
 * only when a report file was asked for: nothing else grows with the batch.
 */
export type BatchLog = ReturnType<typeof createBatchLog>;

export function createBatchLog(progress: Progress, keepRecords: boolean) {
  const began = clockMs();
  const counts = { sources: 0, built: 0, upToDate: 0, failed: 0, retried: 0 };
  const failed: string[] = [];
  const files: ReportedFile[] = [];
  return {
    progress,
    failed,
    finished(source: string, o: SourceOutcome): void {
      counts.sources++;
      if (o.skipped) counts.upToDate++;
      else if (o.ok) counts.built++;
      else failed.push(source);
      counts.failed = failed.length;
      if (o.retried) counts.retried++;
      if (keepRecords) {
        const status = o.skipped ? "up to date" : o.ok ? "built" : "failed";
        files.push({ source, status, outputs: o.outputs, pageCount: o.pageCount, ms: Math.round(o.ms), endedMs: Math.round(clockMs() - began), ...(o.retried && { retried: true }), ...(o.errors?.length && { errors: o.errors }) });
      }
      progress.finished({ source, ok: o.ok, skipped: o.skipped, outputs: Object.values(o.outputs), pageCount: o.pageCount, ms: o.ms });
    },
    /** `vitae: 98 built, 0 up to date (shard 1/2)`; failures first: `vitae: 2 of 100 source(s) failed: a.md, b.md; 98 built, …`. */
    summary(shard: Shard | undefined): string {
      const counted = `${counts.built} built, ${counts.upToDate} up to date${counts.retried ? `, ${counts.retried} printed again after Chromium failed` : ""}${shard ? ` (shard ${shard.index}/${shard.count})` : ""}`;
      if (!failed.length) return `vitae: ${counted}`;
      const named = [...failed].sort().slice(0, FAILURES_NAMED).join(", ");
      const more = failed.length > FAILURES_NAMED ? `, and ${failed.length - FAILURES_NAMED} more (--report FILE.json lists them all)` : "";
      return `vitae: ${failed.length} of ${counts.sources} source(s) failed: ${named}${more}; ${counted}`;
    },
    report(shard: Shard | undefined): Omit<BatchReport, "vitae" | "outDir"> {
      return { ...(shard && { shard: `${shard.index}/${shard.count}` }), counts: { ...counts }, ms: Math.round(clockMs() - began), files };
    },
  };
}

import { dirname, relative, sep } from "node:path";
import { escapeHtml } from "../render/escape.js";
import type { BatchReport, ReportedFile } from "./batch-report.js";

/** Batch reports gathered from the shards of one build, checked to fit together. */
export interface GatheredReports {
  files: ReportedFile[];
  counts: BatchReport["counts"];
  /** Shards whose report is not among those gathered, as `K/N`. */
  missingShards: string[];
}

/**
 * Puts the shards' reports together: every source once, counts summed, and
 * the shards of an N-way build that sent no report named. Throws an Error
 * whose message says what does not fit (a source in two reports, shards of
 * different N).
 */
export function gatherReports(reports: readonly { path: string; report: BatchReport }[]): GatheredReports {
  const seen = new Map<string, string>();
  const files: ReportedFile[] = [];
  const counts = { sources: 0, built: 0, upToDate: 0, failed: 0, retried: 0 };
  const shardCounts = new Set<number>();
  const shardsSeen = new Set<string>();
  for (const { path, report } of reports) {
    for (const file of report.files) {
      const other = seen.get(file.source);
      if (other) throw new Error(`${file.source} is in both ${other} and ${path}: were the shards built with different --shard counts, or one report given twice?`);
      seen.set(file.source, path);
      files.push(file);
    }
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += report.counts[key];
    if (report.shard) {
      shardCounts.add(Number(report.shard.split("/")[1]));
      shardsSeen.add(report.shard);
    }
  }
  if (shardCounts.size > 1) throw new Error(`the reports come from builds split ${[...shardCounts].join(" and ")} ways; gather the reports of one build`);
  const [n] = [...shardCounts];
  const missingShards = n ? Array.from({ length: n }, (_, i) => `${i + 1}/${n}`).filter((s) => !shardsSeen.has(s)) : [];
  files.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return { files, counts, missingShards };
}

/** Reads a report file's text; throws an Error saying what is wrong with one that is not a vitae report. */
export function readBatchReport(text: string): BatchReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`);
  }
  const report = data as Partial<BatchReport> | null;
  const fileOk = (f: Partial<ReportedFile>) => typeof f?.source === "string" && ["built", "up to date", "failed"].includes(f.status as string) && typeof f.outputs === "object";
  if (!report || typeof report.vitae !== "string" || typeof report.counts !== "object" || !Array.isArray(report.files) || !report.files.every(fileOk)) {
    throw new Error("not a report written by `vitae build --report`");
  }
  return report as BatchReport;
}

/**
 * The index page of a gathered build: the counts, the CVs that failed with
 * their errors, then every CV with links to its PDF and HTML. Links are
 * relative to the page, which is written at `pagePath`.
 */
export function renderIndexPage(gathered: GatheredReports, pagePath: string): string {
  const link = (path: string | undefined, label: string) => (path ? `<a href="${escapeHtml(relative(dirname(pagePath), path).split(sep).join("/"))}">${label}</a>` : "—");
  const { counts, files, missingShards } = gathered;
  const failed = files.filter((f) => f.status === "failed");
  const rows = files.map(
    (f) =>
      `<tr class="${f.status === "failed" ? "failed" : ""}"><td>${escapeHtml(f.source)}</td><td>${link(f.outputs.pdf, "PDF")}${f.pageCount ? ` (${f.pageCount} p.)` : ""}</td><td>${link(f.outputs.html, "HTML")}</td><td>${f.status}</td></tr>`,
  );
  const failures = failed.map((f) => `<li><strong>${escapeHtml(f.source)}</strong><pre>${escapeHtml((f.errors ?? ["(no error recorded)"]).join("\n"))}</pre></li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CVs: ${counts.sources}</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #ddd; }
tr.failed td, .missing { color: #a40000; }
pre { white-space: pre-wrap; font-size: 13px; background: #f6f6f6; padding: .5rem; }
</style>
</head>
<body>
<h1>${counts.sources} CVs</h1>
<p>${counts.built} built, ${counts.upToDate} up to date, ${counts.failed} failed${counts.retried ? `, ${counts.retried} printed again after Chromium failed` : ""}.</p>
${missingShards.length ? `<p class="missing">No report from shard(s) ${missingShards.join(", ")}: their CVs are not listed here.</p>\n` : ""}${failures.length ? `<h2>Failed (${failures.length})</h2>\n<ul>\n${failures.join("\n")}\n</ul>\n` : ""}<h2>Every CV</h2>
<table>
<thead><tr><th>source</th><th>PDF</th><th>HTML</th><th>status</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</body>
</html>
`;
}

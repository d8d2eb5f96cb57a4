import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { BatchReport } from "../output/batch-report.js";
import { EXIT, type Io } from "./io.js";

/** `vitae index REPORT.json…`: one page listing every CV the reports name, for the shards of a build gathered in one place. */
export function registerIndex(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("index")
    .description("write one HTML page listing every CV in the reports of `vitae build --report` (one per shard): its PDF, its HTML, and those that failed")
    .argument("<reports...>", "report files written by `vitae build --report`")
    .option("-o, --output <file.html>", "where the page goes", "out/index.html")
    .action(async (reports: string[], opts: { output: string }) => setExit(await runIndex(reports, opts.output, io)));
}

async function runIndex(paths: string[], output: string, io: Io): Promise<number> {
  const [{ gatherReports, readBatchReport, renderIndexPage }, { writeAtomic }] = await Promise.all([import("../output/index-page.js"), import("../output/write-atomic.js")]);
  const reports: { path: string; report: BatchReport }[] = [];
  for (const path of paths) {
    try {
      reports.push({ path, report: readBatchReport(await readFile(path, "utf8")) });
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message;
      io.err(`${path}: error: ${why} [report-unreadable]\n`);
      return EXIT.badInput;
    }
  }
  let gathered;
  try {
    gathered = gatherReports(reports);
  } catch (e) {
    io.err(`vitae: error: ${(e as Error).message} [reports-disagree]\n`);
    return EXIT.badInput;
  }
  await writeAtomic(output, renderIndexPage(gathered, output));
  const { counts, missingShards } = gathered;
  io.err(`vitae: ${output} lists ${counts.sources} CV(s): ${counts.built} built, ${counts.upToDate} up to date, ${counts.failed} failed\n`);
  if (missingShards.length) io.err(`vitae: error: no report from shard(s) ${missingShards.join(", ")}; their CVs are missing from the page [shard-missing]\n`);
  return missingShards.length ? EXIT.badInput : EXIT.ok;
}

import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { PdfReport } from "../pdf/inspect-pdf.js";
import { EXIT, type Io } from "./io.js";

/** `vitae inspect FILE.pdf`: pages, sizes, fonts, metadata, attachments and links. */
export function registerInspect(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("inspect")
    .description("show a PDF's pages, page size, fonts (and whether each is embedded), metadata, outline, attachments and links")
    .argument("<pdf>", "any PDF")
    .option("--json", "print the report as JSON")
    .action(async (pdf: string, opts: { json?: boolean }) => setExit(await runInspect(pdf, Boolean(opts.json), io)));
}

async function runInspect(pdf: string, json: boolean, io: Io): Promise<number> {
  const { inspectPdf } = await import("../pdf/inspect-pdf.js");
  let report: PdfReport;
  try {
    report = await inspectPdf(await readFile(pdf));
  } catch (e) {
    io.err(`${pdf}: error: this is not a PDF vitae can read (${(e as Error).message.split("\n")[0]}) [pdf-unreadable]\n`);
    return EXIT.badInput;
  }
  io.out(json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  return EXIT.ok;
}

/** The report as aligned text, one fact per line. */
function formatReport(r: PdfReport): string {
  const lines: string[] = [];
  const row = (label: string, value: string | undefined) => value !== undefined && lines.push(`${label.padEnd(18)}${value}`);
  row("pages", String(r.pages));
  row("page size", r.pageSizes.map((s) => `${s.width} × ${s.height} pt${s.name ? ` (${s.name})` : ""}`).join(", "));
  for (const [key, value] of Object.entries(r.metadata)) row(key, value);
  row("tagged", r.tagged ? "yes" : "no");
  row("outline", r.outline.length ? r.outline.join(" | ") : "none");
  lines.push(`fonts (${r.fonts.length})`);
  for (const f of r.fonts) lines.push(`  ${f.embedded ? "embedded    " : "NOT embedded"}  ${f.type.padEnd(13)} ${f.name}`);
  lines.push(`attachments (${r.attachments.length})`);
  for (const a of r.attachments) lines.push(`  ${a.name}  ${a.size} bytes${a.mimeType ? `  ${a.mimeType}` : ""}`);
  lines.push(`links (${r.links.length})`);
  for (const l of r.links) lines.push(`  ${l}`);
  return lines.join("\n") + "\n";
}

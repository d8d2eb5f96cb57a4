import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { EXIT, type Io } from "./io.js";

/** `vitae extract FILE.pdf`: the résumé (or its source) that vitae embedded in a PDF. */
export function registerExtract(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("extract")
    .description("print the canonical résumé JSON embedded in a PDF that vitae built; --source gives back the original source instead")
    .argument("<pdf>", "a PDF built by vitae")
    .option("--source [file]", "the original source: printed, or written to FILE (never over an existing file)")
    .action(async (pdf: string, opts: { source?: string | boolean }) => setExit(await runExtract(pdf, opts.source, io)));
}

async function runExtract(pdf: string, source: string | boolean | undefined, io: Io): Promise<number> {
  const [{ PDFDocument }, { readAttachments }, { RESUME_ATTACHMENT }, { writeAtomic }] = await Promise.all([
    import("pdf-lib"),
    import("../pdf/read-attachments.js"),
    import("../pdf/print-resume.js"),
    import("../output/write-atomic.js"),
  ]);
  let attachments;
  try {
    attachments = readAttachments(await PDFDocument.load(await readFile(pdf), { updateMetadata: false }));
  } catch (e) {
    io.err(`${pdf}: error: this is not a PDF vitae can read (${(e as Error).message.split("\n")[0]}) [pdf-unreadable]\n`);
    return EXIT.badInput;
  }
  const wanted = source
    ? attachments.find((a) => a.name !== RESUME_ATTACHMENT && !/\.meta\.ya?ml$/i.test(a.name))
    : attachments.find((a) => a.name === RESUME_ATTACHMENT);
  if (!wanted) {
    const what = source ? "a source" : RESUME_ATTACHMENT;
    io.err(`${pdf}: error: the PDF carries no ${what}; only PDFs built by vitae do (rebuild it with \`vitae build\`) [no-embedded-resume]\n`);
    return EXIT.badInput;
  }
  const text = new TextDecoder().decode(wanted.bytes);
  if (typeof source !== "string") {
    io.out(text);
    return EXIT.ok;
  }
  if (existsSync(source)) {
    io.err(`${source}: error: the file exists; name a new file to write ${wanted.name} to [output-exists]\n`);
    return EXIT.badInput;
  }
  await writeAtomic(source, wanted.bytes);
  io.err(`${pdf}: wrote ${wanted.name} to ${source}\n`);
  return EXIT.ok;
}

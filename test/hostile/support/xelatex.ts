import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";

const exec = promisify(execFile);

export interface Compiled {
  ok: boolean;
  dir: string;
  log: string;
  /** Every file xelatex opened, from its -recorder list. */
  inputs: string[];
  outputs: string[];
  pdf?: Uint8Array;
}

/** Compiles a .tex source in a fresh folder the way vitae's users are told to: no shell escape, stop at the first error. */
export async function compileTex(tex: string, name = "cv"): Promise<Compiled> {
  const dir = mkdtempSync(join(tmpdir(), "vitae-tex-"));
  writeFileSync(join(dir, `${name}.tex`), tex);
  let ok = true;
  try {
    await exec("xelatex", ["-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "-recorder", `${name}.tex`], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  } catch {
    ok = false;
  }
  const read = (file: string) => {
    try {
      return readFileSync(join(dir, file));
    } catch {
      return undefined;
    }
  };
  const fls = read(`${name}.fls`)?.toString("utf8") ?? "";
  const list = (kind: string) => fls.split("\n").filter((l) => l.startsWith(`${kind} `)).map((l) => l.slice(kind.length + 1));
  return { ok, dir, log: read(`${name}.log`)?.toString("utf8") ?? "", inputs: list("INPUT"), outputs: list("OUTPUT"), pdf: read(`${name}.pdf`) };
}

/** The files in a compile folder, to prove nothing else was written there. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** The PDF's text as pdftotext reads it. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "vitae-pdftext-"));
  writeFileSync(join(dir, "in.pdf"), pdf);
  await exec("pdftotext", ["-enc", "UTF-8", "in.pdf", "out.txt"], { cwd: dir });
  return readFileSync(join(dir, "out.txt"), "utf8");
}

/** The targets of every link annotation in a PDF. */
export async function pdfLinks(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const uris: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const action = doc.context.lookupMaybe(ref, PDFDict)?.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookup(PDFName.of("URI"));
      if (uri instanceof PDFString || uri instanceof PDFHexString) uris.push(uri.decodeText());
    }
  }
  return uris;
}

/** Text with line-end hyphenation undone and all whitespace removed, for comparing what TeX typeset with what was written. */
export function squeeze(text: string): string {
  return text.replace(/-\n/g, "").replace(/\s+/g, "");
}

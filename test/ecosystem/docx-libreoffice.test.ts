import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { resumeSources } from "../support/paths.js";
import { runCommand, runVitae } from "../support/run.js";

const SOFFICE = "/usr/bin/soffice";
const dir = mkdtempSync(join(tmpdir(), "vitae-docx-lo-"));

const words = (text: string) => text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Converts Word documents to PDF with LibreOffice, headless, in a profile of
 * its own (a first run writes one; two runs sharing the user's would lock each
 * other out). LibreOffice reports a document it cannot load on stderr and
 * writes no PDF for it.
 */
async function convert(files: string[], out: string) {
  return runCommand(SOFFICE, ["--headless", "--norestore", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "pdf", "--outdir", out, ...files]);
}

/** The share of the words of the document (its HTML by mammoth, whose raw text glues the lines of a paragraph) that LibreOffice's PDF of it shows (-raw: the default mode glues a word hyphenated at a line's end). */
async function shownShare(docx: string, pdf: string): Promise<number> {
  const want = words((await mammoth.convertToHtml({ path: docx })).value.replace(/<[^>]*>|&[#\w]+;/g, " "));
  const have = new Map<string, number>();
  for (const w of words(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"]).toString())) have.set(w, (have.get(w) ?? 0) + 1);
  const shown = want.filter((w) => {
    const left = have.get(w) ?? 0;
    have.set(w, left - 1);
    return left > 0;
  });
  return shown.length / want.length;
}

describe.skipIf(!existsSync(SOFFICE) && !process.env.CI)("Word output opened in LibreOffice (libreoffice-writer-nogui)", () => {
  it("loads every CV in resumes/ and shows all its text; a document with broken XML in it is refused", async () => {
    const built = await runVitae(["build", ...resumeSources(), "--format", "docx", "--out", dir]);
    expect(built.code, built.stderr).toBe(0);
    const docs = resumeSources().map((s) => join(dir, `${basename(s).replace(/\.[^.]+$/, "")}.docx`));
    // the control: the same document with its body's closing tag misspelt, which Word would offer to repair
    const zip = await JSZip.loadAsync(readFileSync(docs[0]!));
    zip.file("word/document.xml", (await zip.file("word/document.xml")!.async("string")).replace("</w:body>", "</w:bodyy>"));
    const broken = join(dir, "broken.docx");
    writeFileSync(broken, await zip.generateAsync({ type: "uint8array" }));

    const out = join(dir, "pdf");
    mkdirSync(out);
    const converted = await convert([...docs, broken], out);
    expect(converted.stderr.match(/^Error:.*$/gm) ?? []).toEqual(["Error: source file could not be loaded"]);
    expect(existsSync(join(out, "broken.pdf"))).toBe(false);
    for (const doc of docs) {
      const pdf = join(out, basename(doc).replace(/\.docx$/, ".pdf"));
      expect(existsSync(pdf), `${basename(doc)} was not converted`).toBe(true);
      expect(await shownShare(doc, pdf), basename(doc)).toBe(1);
    }
  }, 120_000);
});

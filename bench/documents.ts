/**
 * Reading PDF and Word sources, in this process and warm, against reading the
 * same CV as text in the same run: a two-page PDF against its pdftotext text
 * (the corpus keeps both), a .docx made by vitae against the Markdown it was
 * made from. Part of `npm run bench`; alone: `node dist/bench/documents.js`.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { writeDocx } from "../src/export/write-docx.js";
import { loadResume } from "../src/load-resume.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { median } from "./measure.js";

export interface DocumentRow {
  what: string;
  ours: number;
  baseline: number;
  bar: string;
  ok: boolean;
}

const PDFS = ["pdf-word-aawan", "pdf-linkedin-afshafei"];

async function readWarm(path: string, runs: number): Promise<number> {
  for (let i = 0; i < 3; i++) await loadResume(path);
  return median(runs, async () => {
    const started = performance.now();
    const loaded = await loadResume(path);
    if (!loaded.ok) throw new Error(`${path}: ${loaded.diagnostics[0]?.message}`);
    return performance.now() - started;
  });
}

/** The rows of the document readers' measures. */
export async function measureDocumentReading(): Promise<DocumentRow[]> {
  const rows: DocumentRow[] = [];
  const corpus = join(PACKAGE_ROOT, "../shared/corpus");
  for (const id of PDFS.filter((id) => existsSync(join(corpus, "pdfs", `${id}.pdf`)))) {
    const pdf = await readWarm(join(corpus, "pdfs", `${id}.pdf`), 9);
    const text = await readWarm(join(corpus, "cases", `${id}.txt`), 9);
    rows.push({ what: `reading a 2-page PDF CV (${id}; in process, warm) against its pdftotext text`, ours: pdf, baseline: text, bar: "< 300 ms", ok: pdf < 300 });
  }
  const source = join(PACKAGE_ROOT, "resumes/shengyu-liu.md");
  const loaded = await loadResume(source);
  if (!loaded.ok) throw new Error(`${source} does not load`);
  const docx = join(mkdtempSync(join(tmpdir(), "vitae-bench-docx-")), "shengyu-liu.docx");
  writeFileSync(docx, await writeDocx(loaded.value.resume));
  const word = await readWarm(docx, 9);
  const markdown = await readWarm(source, 9);
  rows.push({ what: "reading a .docx CV made by vitae (in process, warm) against the Markdown it was made from", ours: word, baseline: markdown, bar: "< 150 ms", ok: word < 150 });
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const r of await measureDocumentReading()) {
    process.stdout.write(`| ${r.what} | ${Math.round(r.ours)} ms | ${Math.round(r.baseline)} ms | ${(r.ours / r.baseline).toFixed(2)}× | ${r.bar} | ${r.ok ? "yes" : "**no**"} |\n`);
  }
}

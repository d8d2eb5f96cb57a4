import { createHash } from "node:crypto";
import { basename, extname, join } from "node:path";
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { loadResume } from "./load-resume.js";
import { resolveBuildDate } from "./output/build-date.js";
import { writeAtomic } from "./output/write-atomic.js";
import { finishPdf } from "./pdf/finish.js";
import type { PageSize, Printer } from "./pdf/printer.js";
import { htmlRenderer } from "./render/render-html.js";
import { latexRenderer } from "./render/render-latex.js";
import type { Theme } from "./render/theme.js";
import type { Resume } from "./resume/schema.js";
import type { FormatOverride } from "./source/detect-format.js";
import { VERSION } from "./version.js";

export const OUTPUT_FORMATS = ["json", "html", "pdf", "tex"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface BuildOptions {
  outDir: string;
  formats: readonly OutputFormat[];
  pageSize?: PageSize;
  from?: FormatOverride;
}

/** A theme compiled once for a whole batch. */
export interface CompiledTheme {
  theme: Theme;
  html: (resume: Resume) => string;
  tex: (resume: Resume) => string;
}

export interface FileReport {
  source: string;
  ok: boolean;
  outputs: string[];
  diagnostics: Diagnostic[];
}

/** Compiles a theme's templates for both targets. */
export function compileThemeForBuild(theme: Theme): CompiledTheme {
  return { theme, html: htmlRenderer(theme), tex: latexRenderer(theme) };
}

/** Builds one source into every requested format under `outDir/<name>.<format>`. */
export async function buildFile(path: string, options: BuildOptions, theme: CompiledTheme, printer: Printer): Promise<FileReport> {
  const loaded = await loadResume(path, options.from);
  if (!loaded.ok) return { source: path, ok: false, outputs: [], diagnostics: loaded.diagnostics };
  const { resume } = loaded.value;
  const name = basename(path, extname(path));
  const target = (format: OutputFormat) => join(options.outDir, `${name}.${format}`);
  const outputs: string[] = [];
  const write = async (format: OutputFormat, content: string | Uint8Array) => {
    await writeAtomic(target(format), content);
    outputs.push(target(format));
  };

  const wants = (f: OutputFormat) => options.formats.includes(f);
  if (wants("json")) await write("json", JSON.stringify(resume, null, 2) + "\n");
  const html = wants("html") || wants("pdf") ? theme.html(resume) : undefined;
  if (wants("html")) await write("html", html!);
  if (wants("tex")) await write("tex", theme.tex(resume));
  if (wants("pdf")) {
    const printed = await printer.print(html!, { pageSize: options.pageSize });
    const finished = await finishPdf(printed, {
      title: pdfTitle(resume, name),
      author: resume.basics?.name,
      subject: resume.basics?.label,
      keywords: (resume.skills ?? []).flatMap((s) => [s.name, ...(s.keywords ?? [])]).filter((k): k is string => Boolean(k)),
      lang: resume.meta?.lang,
      date: await resolveBuildDate(path, process.env),
      creator: `vitae ${VERSION}`,
      fingerprint: createHash("sha256").update(html!).update(options.pageSize ?? "").digest("hex"),
    });
    await write("pdf", finished);
  }
  return { source: path, ok: true, outputs, diagnostics: loaded.diagnostics };
}

/** "Name — CV", the front matter's title, or the file name when the CV has no name. */
function pdfTitle(resume: Resume, fileName: string): string {
  if (resume.meta?.title) return resume.meta.title;
  return resume.basics?.name ? `${resume.basics.name} — CV` : fileName;
}

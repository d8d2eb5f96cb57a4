import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { CachedOutput } from "./cache/build-cache.js";
import type { Diagnostic, Severity } from "./diagnostics/diagnostic.js";
import { outputName, outputPath, wouldOverwrite } from "./output/output-path.js";
import { writeAtomic } from "./output/write-atomic.js";
import { BrowserError } from "./pdf/browser-error.js";
import type { PageSize, Printer } from "./pdf/printer.js";
import type { Theme } from "./render/theme.js";
import { readThemeSettings } from "./render/theme-settings.js";
import type { Resume } from "./resume/schema.js";
import type { FormatOverride } from "./source/detect-format.js";
import type { Variant } from "./variants/filter-variant.js";
import type { Reading } from "./explain/explanation.js";

/** A theme compiled once for a whole batch. */
export interface CompiledTheme {
  theme: Theme;
  /** A JSON Resume theme package may render asynchronously. */
  html: (resume: Resume) => string | Promise<string>;
  tex: (resume: Resume) => string;
}

/** What a text format's renderer is given. */
export interface RenderContext {
  resume: Resume;
  theme: CompiledTheme;
  /** The HTML page, rendered once however many formats ask for it. */
  html: () => string | Promise<string>;
  /** The source's path and how it was read, for the review page. */
  source: string;
  reading?: Reading;
}

/**
 * Every output format, in the order `--format` lists them: a text format
 * renders a string; `pdf` is printed from the HTML by the browser. A new format
 * is one entry here. (This module imports the pipeline lazily, inside the
 * functions, so that `vitae build` with nothing to rebuild starts fast.)
 */
const FORMATS = {
  json: { extension: "json", render: (c: RenderContext) => JSON.stringify(c.resume, null, 2) + "\n" },
  html: { extension: "html", render: (c: RenderContext) => c.html() },
  pdf: { extension: "pdf", render: undefined },
  tex: { extension: "tex", render: (c: RenderContext) => c.theme.tex(c.resume) },
  jsonresume: { extension: "resume.json", render: (c: RenderContext) => exportResume("jsonresume", c) },
  md: { extension: "md", render: (c: RenderContext) => exportResume("md", c) },
  txt: { extension: "txt", render: (c: RenderContext) => exportResume("txt", c) },
  review: { extension: "review.html", render: (c: RenderContext) => reviewPage(c) },
  docx: { extension: "docx", render: (c: RenderContext) => exportDocx(c) },
} satisfies Record<string, { extension: string; render: ((c: RenderContext) => string | Uint8Array | Promise<string | Uint8Array>) | undefined }>;

/** Theme-free text formats, loaded only when asked for. */
async function exportResume(format: "jsonresume" | "md" | "txt", c: RenderContext): Promise<string> {
  return (await import("./export/export-resume.js")).exportResume(format, c.resume);
}

/** The review page: each source line beside what it became. Loaded only when asked for. */
async function reviewPage(c: RenderContext): Promise<string> {
  return (await import("./explain/review-output.js")).reviewOutput(c.source, c.resume, c.reading);
}

/** A Word document in the theme's font and accent colour (wherever the theme sets them); the docx library is loaded only when asked for. */
async function exportDocx(c: RenderContext): Promise<Uint8Array> {
  const { font, accent } = readThemeSettings(c.theme.theme);
  return (await import("./export/write-docx.js")).writeDocx(c.resume, { font, accent });
}

export type OutputFormat = keyof typeof FORMATS;
export const OUTPUT_FORMATS = Object.keys(FORMATS) as OutputFormat[];
/** What `vitae build` writes when no --format is given. */
export const DEFAULT_FORMATS: OutputFormat[] = ["json", "html", "pdf", "tex"];

export interface BuildOptions {
  outDir: string;
  formats: readonly OutputFormat[];
  pageSize?: PageSize;
  from?: FormatOverride;
  /** Fit the PDF in this many pages by shrinking within the theme's limits. */
  maxPages?: number;
  /** Keep only the tagged parts a variant asks for; outputs are named `<name>.<variant>.<ext>`. */
  variant?: Variant;
}

/** What a build knows before it reads the source: the date to stamp and the bytes the cache already read. */
export interface BuildInputs {
  date: Date;
  /** The source as the cache check read it; absent when it could not be read, and the build then says why. */
  source?: Uint8Array;
  sidecar?: { path: string; bytes: Uint8Array };
  /** Called once this file will print no more (or never will), so a batch can close the browser early. */
  donePrinting?: () => void;
}

export interface FileReport {
  source: string;
  ok: boolean;
  /** Format → the file written. */
  outputs: Partial<Record<OutputFormat, CachedOutput>>;
  diagnostics: Diagnostic[];
  pageCount?: number;
}

/** The name every output of a source shares: `cv` for cv.md, `cv.academic` for its `--only academic` variant. */
export function outputBaseName(path: string, options: Pick<BuildOptions, "variant">): string {
  return options.variant ? `${outputName(path)}.${options.variant.name}` : outputName(path);
}

/**
 * Compiles a theme's templates for the targets the formats need now, so that
 * a broken template is reported before any file is built; a target no format
 * asks for is compiled only if it is ever used.
 */
export async function compileThemeForBuild(theme: Theme, formats: readonly OutputFormat[]): Promise<CompiledTheme> {
  // loaded here, not at the top, so that a build with nothing to do never loads the renderers
  const [{ htmlRenderer }, { latexRenderer }] = await Promise.all([import("./render/render-html.js"), import("./render/render-latex.js")]);
  const needs = (...targets: OutputFormat[]) => targets.some((f) => formats.includes(f));
  return { theme, html: compiledNowOrLater(() => htmlRenderer(theme), needs("html", "pdf")), tex: compiledNowOrLater(() => latexRenderer(theme), needs("tex")) };
}

function compiledNowOrLater<R>(compile: () => (resume: Resume) => R, now: boolean): (resume: Resume) => R {
  let render = now ? compile() : undefined;
  return (resume) => (render ??= compile())(resume);
}

/**
 * Builds one source into every requested format under `outDir/<name>.<ext>`.
 * Text formats are written before the PDF is printed, so they never wait for
 * the browser; a PDF that cannot be made fails the file but keeps the others.
 */
export async function buildFile(path: string, options: BuildOptions, theme: CompiledTheme, printer: Printer, inputs: BuildInputs): Promise<FileReport> {
  const { loadResume } = await import("./load-resume.js");
  const loaded = await loadResume(path, options.from, { source: inputs.source, sidecar: inputs.sidecar });
  const report: FileReport = { source: path, ok: loaded.ok, outputs: {}, diagnostics: loaded.diagnostics };
  if (!loaded.ok) return report;
  const resume = options.variant ? (await import("./variants/filter-variant.js")).filterVariant(loaded.value.resume, options.variant) : loaded.value.resume;
  const name = outputBaseName(path, options);
  // `vitae build cv.md --format md --out .` would replace the CV the user wrote with vitae's reading of it
  const overwritten = options.formats.find((format) => wouldOverwrite(outputPath(options.outDir, name, FORMATS[format].extension), path));
  if (overwritten) {
    report.ok = false;
    report.diagnostics.push(aboutFile(path, "error", "output-is-source", `the ${overwritten} output would overwrite this source file, so nothing was written; build into another folder (--out out) or leave ${overwritten} out of --format`));
    return report;
  }
  let html: string | Promise<string> | undefined;
  const context: RenderContext = { resume, theme, html: () => (html ??= theme.html(resume)), source: path, reading: loaded.value.reading };
  const write = async (format: OutputFormat, content: string | Uint8Array, date?: Date) => {
    const path = outputPath(options.outDir, name, FORMATS[format].extension);
    report.outputs[format] = { path, ...(await writeAtomic(path, content)), sha256: createHash("sha256").update(content).digest("hex"), ...(date && { date: date.toISOString() }) };
  };

  const texts = options.formats.flatMap((format) => {
    const render = FORMATS[format].render;
    return render ? [[format, render(context)] as const] : [];
  });
  await Promise.all(texts.map(async ([format, text]) => write(format, await text)));

  if (options.formats.includes("pdf")) {
    try {
      const [{ printResume }, { readShrinkLimits }, html] = await Promise.all([import("./pdf/print-resume.js"), import("./pdf/fit-pages.js"), context.html()]);
      const pdf = await printResume(
        {
          html,
          resume,
          name,
          sources: [{ name: basename(path), bytes: inputs.source ?? new TextEncoder().encode(loaded.value.source.text) }, ...(inputs.sidecar ? [{ name: basename(inputs.sidecar.path), bytes: inputs.sidecar.bytes }] : [])],
          date: inputs.date,
          pageSize: options.pageSize,
          maxPages: options.maxPages,
          limits: readShrinkLimits(theme.theme.manifest.options as Record<string, unknown> | undefined),
          donePrinting: inputs.donePrinting,
        },
        printer,
      );
      if (pdf.ok) {
        await write("pdf", pdf.bytes, inputs.date);
        report.pageCount = pdf.pageCount;
        if (pdf.shrunk) report.diagnostics.push(aboutFile(path, "info", "pdf-shrunk", `shrunk to fit ${pdf.pageCount} page(s)${options.maxPages ? "" : " rather than leave the last one nearly empty"}: font size ${pct(pdf.shrunk.scale)}, spacing ${pct(pdf.shrunk.spacing)}`));
      } else {
        report.ok = false;
        report.diagnostics.push(aboutFile(path, "error", pdf.ruleId, pdf.message));
      }
    } catch (e) {
      if (!(e instanceof BrowserError)) throw e;
      report.ok = false;
      report.diagnostics.push(aboutFile(path, "error", "pdf-failed", `the PDF was not written: ${e.message}`));
    }
  }
  return report;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** A diagnostic about the file as a whole, with no line to point at. */
function aboutFile(file: string, severity: Severity, ruleId: string, message: string): Diagnostic {
  return { file, severity, ruleId, message };
}

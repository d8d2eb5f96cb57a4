import { mkdtempSync, readFileSync, existsSync, copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { resumeSources, seedSources } from "../support/paths.js";
import { runCommand, runVitae } from "../support/run.js";

const require = createRequire(import.meta.url);
const { validate: validateJsonResume } = require("@jsonresume/schema") as {
  validate: (resume: unknown, cb: (errors: unknown, valid: boolean) => void) => void;
};

const sources = [...resumeSources(), ...seedSources()];
const out = mkdtempSync(join(tmpdir(), "vitae-build-all-"));
const nameOf = (source: string) => basename(source, extname(source));
const output = (source: string, format: string) => join(out, `${nameOf(source)}.${format}`);

describe("building every résumé and seed to all four formats", () => {
  let build: Awaited<ReturnType<typeof runVitae>>;
  beforeAll(async () => {
    build = await runVitae(["build", ...sources, "--out", out]);
  });

  it("exits 0 and reports each source", () => {
    expect(build.stderr).not.toMatch(/internal error/);
    expect(build.code, build.stderr).toBe(0);
    for (const source of sources) expect(build.stderr).toContain(source);
  });

  describe.each(sources.map((s) => [nameOf(s), s]))("%s", (_name, source) => {
    it("writes json, html, pdf and tex", () => {
      for (const format of ["json", "html", "pdf", "tex"]) expect(existsSync(output(source, format)), format).toBe(true);
    });

    it("writes JSON that the official JSON Resume schema accepts", () => {
      const resume = JSON.parse(readFileSync(output(source, "json"), "utf8"));
      let result: { errors: unknown; valid: boolean } = { errors: null, valid: false };
      validateJsonResume(resume, (errors, valid) => (result = { errors, valid }));
      expect(result.errors).toBeNull();
      expect(result.valid).toBe(true);
    });

    it("prints a real PDF whose text holds the name and every section heading", async () => {
      const bytes = readFileSync(output(source, "pdf"));
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBeGreaterThan(0);
      const text = (await runCommand("pdftotext", ["-enc", "UTF-8", output(source, "pdf"), "-"])).stdout;
      const resume = JSON.parse(readFileSync(output(source, "json"), "utf8"));
      const squash = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
      if (resume.basics?.name) expect(squash(text)).toContain(squash(resume.basics.name));
      for (const section of resume.meta?.sections ?? []) expect(squash(text)).toContain(squash(section.title));
    });

    it("embeds every font in the PDF", async () => {
      const fonts = (await runCommand("pdffonts", [output(source, "pdf")])).stdout.split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line, line).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    });
  });
});

describe("the LaTeX output", () => {
  it.each(sources.map((s) => [nameOf(s), s]))("of %s compiles with xelatex and holds the name", async (_name, source) => {
    const dir = join(out, `tex-${nameOf(source)}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(output(source, "tex"), join(dir, "cv.tex"));
    const run = await runCommand("xelatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "cv.tex"], { cwd: dir });
    expect(run.code, run.stdout.split("\n").filter((l) => l.startsWith("!")).join("\n")).toBe(0);
    const text = (await runCommand("pdftotext", ["-enc", "UTF-8", join(dir, "cv.pdf"), "-"])).stdout;
    const resume = JSON.parse(readFileSync(output(source, "json"), "utf8"));
    if (resume.basics?.name) expect(text.replace(/\s+/g, " ")).toContain(resume.basics.name);
  });
});

describe("the xueshen résumé", () => {
  const xueshen = resumeSources().find((s) => nameOf(s) === "xueshen")!;

  it("has its CJK name in the PDF text and a CJK font embedded", async () => {
    const text = (await runCommand("pdftotext", ["-enc", "UTF-8", output(xueshen, "pdf"), "-"])).stdout;
    expect(text).toContain("Xueshen Liu");
    expect(text).toContain("刘学深");
    const fonts = (await runCommand("pdffonts", [output(xueshen, "pdf")])).stdout;
    expect(fonts).toMatch(/CJK|Droid|WenQuanYi|Source Han|Noto Sans SC|Noto Serif SC/i);
  });
});

import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResumeSchema } from "../../src/resume/schema.js";
import { REPO } from "../support/paths.js";
import { runVitae, type RunResult } from "../support/run.js";
import { startRequestCounter, type RequestCounter } from "./support/request-counter.js";
import { compileTex, pdfText } from "./support/xelatex.js";

const CORPUS = join(REPO, "test/fixtures/hostile");
/** Sources that stress size and depth; they are parsed, not printed, to keep the suite fast. */
const STRESS = ["huge-line.md", "nested-lists.md", "many-headings.md", "deep-nesting.md", "deep-emphasis.md"];
const SOURCES = readdirSync(CORPUS).filter((f) => /\.(md|txt)$/.test(f) && f !== "README.md" && !STRESS.includes(f)).sort();

/** The diagnostics each hostile source must produce, by rule id. */
const EXPECTED_RULES: Record<string, string[]> = {
  "script-tags.md": ["html-removed"],
  "event-handlers.md": ["html-attribute-removed", "html-removed"],
  "javascript-links.md": ["unsafe-link", "html-attribute-removed"],
  "embeds-and-forms.md": ["html-removed"],
  "meta-and-css.md": ["html-removed", "html-attribute-removed"],
  "remote-images.md": ["remote-image"],
  "html-parser-tricks.md": ["html-removed"],
};

describe("the hostile corpus", () => {
  let server: RequestCounter;
  let dir: string;
  let build: RunResult;
  beforeAll(async () => {
    server = await startRequestCounter();
    dir = mkdtempSync(join(tmpdir(), "vitae-hostile-"));
    for (const file of SOURCES) {
      const text = readFileSync(join(CORPUS, file), "utf8").replaceAll("VITAE_ORIGIN", server.origin).replaceAll("VITAE_HOST", server.origin.slice("http://".length));
      writeFileSync(join(dir, file), text);
    }
    build = await runVitae(["build", ...SOURCES, "--format", "json,html,pdf,tex", "--out", "out"], { cwd: dir });
    await sleep(500);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("builds every source to JSON, HTML, PDF and LaTeX", () => {
    expect(build.code, build.stderr).toBe(0);
    for (const file of SOURCES) {
      const name = basename(file).replace(/\.\w+$/, "");
      for (const ext of ["json", "html", "pdf", "tex"]) expect(existsSync(join(dir, "out", `${name}.${ext}`)), `${name}.${ext}`).toBe(true);
      expect(ResumeSchema.safeParse(JSON.parse(readFileSync(join(dir, "out", `${name}.json`), "utf8"))).success).toBe(true);
    }
  });

  it("makes zero network requests", () => {
    expect(server.requests).toEqual([]);
    expect(server.connections).toBe(0);
  });

  it("says what it removed, with file:line:col, for each source", () => {
    for (const [file, rules] of Object.entries(EXPECTED_RULES)) {
      for (const rule of rules) expect(build.stderr, `${file} ${rule}`).toMatch(new RegExp(`^${file.replace(".", "\\.")}:\\d+:\\d+: warning: .*\\[${rule}\\]$`, "m"));
    }
    expect(build.stderr).not.toMatch(/internal error|^\s+at /m);
  });

  it("writes HTML with no script, no event handler, no unsafe link and no remote resource", () => {
    for (const file of SOURCES) {
      const html = readFileSync(join(dir, "out", file.replace(/\.\w+$/, ".html")), "utf8");
      expect(html, file).not.toMatch(/<(script|iframe|object|embed|form|meta http-equiv|link|base|svg|math)\b/i);
      expect(html, file).not.toMatch(/<[^>]+\son\w+\s*=/i);
      expect(html, file).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript|file):/i);
      // the address may show as escaped text (`<script/src=…>` is not a tag to CommonMark), never as a resource
      expect(html, file).not.toMatch(/(=\s*["']?|url\(\s*["']?)(https?:)?\/\/127\.0\.0\.1/i);
    }
  });

  it("prints PDFs in which no script ran and nothing outside the source was read", async () => {
    for (const file of SOURCES) {
      const text = await pdfText(readFileSync(join(dir, "out", file.replace(/\.\w+$/, ".pdf"))));
      // the scripts replace the whole page with "PWNED": the person's name surviving shows none ran
      const firstWord = readFileSync(join(CORPUS, file), "utf8").replace(/^#\s*/, "").split(/\s/)[0]!;
      expect(text, file).toContain(firstWord);
      expect(text, file).not.toMatch(/root:x:0:0/);
    }
  });

  it("writes LaTeX that compiles and runs no command it holds", async () => {
    for (const file of SOURCES) {
      const tex = readFileSync(join(dir, "out", file.replace(/\.\w+$/, ".tex")), "utf8");
      const result = await compileTex(tex);
      expect(result.ok, `${file}: ${result.log.split("\n").filter((l) => l.startsWith("!")).join(" ")}`).toBe(true);
      expect(readdirSync(result.dir).filter((f) => !/^cv\.(tex|aux|log|out|pdf|fls)$/.test(f)), file).toEqual([]);
      expect(result.inputs.join("\n"), file).not.toMatch(/\/etc\/(passwd|hostname)/);
      const text = await pdfText(result.pdf!);
      expect(text, file).not.toMatch(/root:x:0:0/);
    }
    expect(existsSync("/tmp/vitae-pwned-write18")).toBe(false);
  });

  it.each(["tex-injection", "tex-injection-plain"])("prints TeX injections literally: %s", async (name) => {
    const text = await pdfText(readFileSync(join(dir, "out", `${name}.pdf`)));
    expect(text).toContain("\\input{/etc/passwd}");
    expect(text).toContain("\\immediate\\write18{touch /tmp/vitae-pwned-write18}");
  });
});

describe("sources that stress size and depth", () => {
  it("reads quotes and lists nested thousands of levels deep as plain text, every word kept, with a warning at the line", async () => {
    const result = await runVitae(["parse", join(CORPUS, "deep-nesting.md")]);
    expect(result.code, result.stderr.slice(0, 500)).toBe(0);
    expect(result.stderr).toMatch(/deep-nesting\.md:5:1: warning: quotes or lists nest about 5000 levels deep.*\[markdown-too-deep\]/);
    for (const word of ["Nestedquote", "Nestedlist"]) expect(result.stdout).toContain(word);
  });

  it("reads emphasis nested thousands of levels deep as plain text too, though no line's start shows it", async () => {
    const result = await runVitae(["parse", join(CORPUS, "deep-emphasis.md")]);
    expect(result.code, result.stderr.slice(0, 500)).toBe(0);
    expect(result.stderr).toMatch(/deep-emphasis\.md:1:1: warning: quotes, lists or emphasis nest too deeply.*\[markdown-too-deep\]/);
    expect(result.stdout).toContain("Nestedemphasis");
  });

  for (const file of STRESS) {
    it(`parse without crashing: ${file}`, async () => {
      const result = await runVitae(["parse", join(CORPUS, file)]);
      expect(result.code, result.stderr.slice(0, 500)).toBe(0);
      expect(ResumeSchema.safeParse(JSON.parse(result.stdout)).success).toBe(true);
      expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
    });
  }
});

import fc from "fast-check";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { loadTheme } from "../../src/render/theme.js";
import { ResumeSchema } from "../../src/resume/schema.js";
import { validateResume } from "../../src/resume/validate.js";
import type { SourceFormat } from "../../src/source/source-file.js";
import { compileTex } from "../hostile/support/xelatex.js";

/** Pieces hostile and ordinary CVs are made of; random text fills the gaps. */
const PIECES = [
  "# Ada Lovelace", "## Experience", "## Education", "## Publications", "## Skills", "EXPERIENCE", "- ", "  - ", "**", "*", "_", "`",
  "<b>", "</b>", "<u>", "<a href=\"https://example.com\">", "</a>", "<script>alert(1)</script>", "<img src=http://127.0.0.1/x onerror=x()>",
  "<iframe src=x>", "<style>", "</style>", "<!--", "-->", "<div>", "</p>", "[link](javascript:alert(1))", "![img](http://x/y.png)",
  "\\input{/etc/passwd}", "\\write18{x}", "^^5c", "%", "$", "&", "#", "~", "{", "}", "[", "]", "\\", "|", "---",
  "2019 – 2021", "Jan 2020 - Present", "PhD in CS", "MIT", "Acme Corp, Engineer", "\t", "\n", "\n\n", "\r", "\u0001", "\u202e", "刘学深", "é", "🎓",
];

const source = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) }), { maxLength: 80 })
  .map((parts) => parts.join(" "));
const format = fc.constantFrom<SourceFormat>("markdown", "text");

const theme = loadTheme("classic");
const renderHtml = htmlRenderer(theme);
const renderTex = latexRenderer(theme);

/** Renders one random CV through the whole pipeline, failing on any broken invariant. */
async function runPipeline(text: string, fmt: SourceFormat): Promise<string> {
  const extraction = await extractSource({ path: "fuzz.md", text: text.replace(/\r\n?/g, "\n"), format: fmt, formatReason: "fuzz" });
  const valid = validateResume(extraction.resume, "fuzz.md", extraction.origins);
  expect(valid.ok, JSON.stringify(valid.diagnostics)).toBe(true);
  if (!valid.ok) return "";
  expect(ResumeSchema.safeParse(valid.value).success).toBe(true);
  const html = renderHtml(valid.value);
  const errors: string[] = [];
  parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startOffset}: ${html.slice(e.startOffset - 20, e.startOffset + 20)}`) });
  expect(errors).toEqual([]);
  expect(html).not.toMatch(/<(script|iframe|img|style[^>]*>[^<]*<\/style>\s*<style)\b/i);
  return renderTex(valid.value);
}

describe("the pipeline on random CVs", () => {
  it("never throws, always validates and always writes well-formed HTML", async () => {
    await fc.assert(fc.asyncProperty(source, format, async (text, fmt) => void (await runPipeline(text, fmt))), { numRuns: 300 });
  });

  it("writes LaTeX that xelatex compiles, for a sample", async () => {
    const samples = await Promise.all(fc.sample(fc.tuple(source, format), { numRuns: 24, seed: 8 }).map(([text, fmt]) => runPipeline(text, fmt)));
    // two compiles at a time: one per core
    for (let i = 0; i < samples.length; i += 2) {
      const results = await Promise.all(samples.slice(i, i + 2).map((tex) => compileTex(tex)));
      for (const [j, result] of results.entries()) {
        expect(result.ok, `sample ${i + j}: ${result.log.split("\n").filter((l) => l.startsWith("!")).join(" ")}\n${samples[i + j]}`).toBe(true);
      }
    }
  });
});

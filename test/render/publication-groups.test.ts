import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOfficialSchema } from "../../src/jsonresume/check-official.js";
import { toJsonResume } from "../../src/jsonresume/to-jsonresume.js";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { loadTheme } from "../../src/render/theme.js";
import { validateResume } from "../../src/resume/validate.js";
import { runCommand } from "../support/run.js";
import { groupedPapers, inListedOrder, LISTED, placesOf } from "../support/grouped-papers.js";

describe("a paper's group in the schema", () => {
  it("validates as a field of the paper", () => {
    const result = validateResume(groupedPapers, "cv.json");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.publications?.[1]?.group).toBe("Tide journal articles");
  });

  it("moves to meta.vitae.extensions in strict JSON Resume, which the official schema accepts", () => {
    const validated = validateResume(groupedPapers, "cv.json");
    const strict = toJsonResume(validated.ok ? validated.value : {});
    expect(checkOfficialSchema(strict)).toEqual([]);
    expect((strict.publications as Array<Record<string, unknown>>).some((p) => "group" in p)).toBe(false);
    expect(JSON.stringify(strict.meta)).toContain('"/publications/1/group":"Tide journal articles"');
  });
});

describe.each(["classic", "modern", "academic"])("the %s theme's HTML", (theme) => {
  const html = htmlRenderer(loadTheme(theme))(groupedPapers);

  it("prints each group's heading once, above its first paper, the papers in their order", () => {
    expect(inListedOrder(html, LISTED)).toBe(true);
    expect(placesOf(html, ['<h3 class="pub-group">Tide journal articles</h3>', '<h3 class="pub-group">Book chapters &amp; essays</h3>']).map((p) => p.count)).toEqual([1, 1]);
  });

  it("keeps a group's heading with its first paper and numbers the papers on across groups", () => {
    expect(html).toMatch(/<div class="pub-group-lead"><h3 class="pub-group">Book chapters &amp; essays<\/h3>\s*<ol class="publications"><li class="publication" value="4">/);
    expect(html.match(/class="pub-group"/g)).toHaveLength(2);
  });
});

describe.each(["classic", "plain"])("the %s LaTeX template", (theme) => {
  const tex = latexRenderer(loadTheme(theme))(groupedPapers);

  it("prints each group's heading once, escaped, above its first paper, numbering on from the group before", () => {
    expect(inListedOrder(tex, LISTED)).toBe(true);
    expect(placesOf(tex, ["Tide journal articles", "Book chapters \\& essays"]).map((p) => p.count)).toEqual([1, 1]);
    expect(tex.slice(tex.indexOf("Book chapters"))).toMatch(/^Book chapters \\& essays\}\s*\\begin\{enumerate\}(\[start=4\]|\\setcounter\{enumi\}\{\\numexpr 4-1\\relax\})/);
  });

  it("compiles with xelatex, the headings in the text in their place", async () => {
    const dir = mkdtempSync(join(tmpdir(), `vitae-pubgroups-${theme}-`));
    writeFileSync(join(dir, "cv.tex"), tex);
    const run = await runCommand("xelatex", ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "cv.tex"], { cwd: dir });
    expect(run.code, run.stdout.split("\n").filter((l) => l.startsWith("!")).join("\n")).toBe(0);
    const text = (await runCommand("pdftotext", ["-enc", "UTF-8", join(dir, "cv.pdf"), "-"])).stdout.replace(/\s+/g, " ");
    expect(inListedOrder(text, ["Ropes of the upper wharf", "Tide journal articles", "Tidal rhythms", "Book chapters & essays", "Lanterns and ledgers"])).toBe(true);
    expect(text).toMatch(/4\.\s*(Jo Vale\. )?Lanterns and ledgers/);
  }, 60_000);
});

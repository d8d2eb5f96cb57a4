import { describe, expect, it } from "vitest";
import { exportResume } from "../../src/export/export-resume.js";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { listThemes, loadTheme } from "../../src/render/theme.js";
import { readMarkdown } from "../support/extract.js";

/** A CV whose "Work Experience" holds nothing of its own, only two sections a level below it (invented). */
const cv = [
  "# Jane Roe",
  "",
  "jane@example.org",
  "",
  "## Work Experience",
  "",
  "### Employment History",
  "",
  "- 2019 - 2021 | Fabrikam Ltd — Engineer",
  "",
  "### Selected Projects",
  "",
  "#### Weather bot (2020)",
  "",
  "- Built a bot for the club",
  "",
  "## Education",
  "",
  "### BSc Physics, University of Somewhere (2014 – 2018)",
].join("\n");

const count = (text: string, word: string) => text.split(word).length - 1;

describe("a heading over sections that holds nothing of its own", () => {
  it("is read as the title its sections share, not as a section of the jobs", async () => {
    const resume = await readMarkdown(cv);
    expect(resume.meta?.sections?.map((r) => [r.key, r.title, r.group])).toEqual([
      ["work", "Employment History", "Work Experience"],
      ["projects", "Selected Projects", "Work Experience"],
      ["education", "Education", undefined],
    ]);
  });

  it("is printed once, over its first section, and each job once, in every theme's HTML and LaTeX and in the exports", async () => {
    const resume = await readMarkdown(cv);
    const outputs: Array<[string, string]> = [
      ...listThemes().map((name): [string, string] => [`${name} HTML`, htmlRenderer(loadTheme(name))(resume)]),
      ...["classic", "plain"].map((name): [string, string] => [`${name} LaTeX`, latexRenderer(loadTheme(name))(resume)]),
      ...(["md", "txt"] as const).map((format): [string, string] => [format, exportResume(format, resume)]),
    ];
    for (const [output, text] of outputs) {
      expect(count(text, "Fabrikam Ltd"), output).toBe(1);
      const lower = text.toLowerCase();
      expect(count(lower, "work experience"), output).toBe(1);
      expect(lower.indexOf("work experience"), output).toBeLessThan(lower.indexOf("employment history"));
      expect(lower.indexOf("selected projects"), output).toBeLessThan(lower.indexOf("education"));
    }
  });

  it("keeps its sections under it when the Markdown export is read again", async () => {
    const again = await readMarkdown(exportResume("md", await readMarkdown(cv)));
    expect(again.meta?.sections?.map((r) => r.group)).toEqual(["Work Experience", "Work Experience", undefined]);
  });
});

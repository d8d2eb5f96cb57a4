import { describe, expect, it } from "vitest";
import { exportResume } from "../../src/export/export-resume.js";
import { htmlRenderer } from "../../src/render/render-html.js";
import { latexRenderer } from "../../src/render/render-latex.js";
import { listThemes, loadTheme } from "../../src/render/theme.js";
import { toView } from "../../src/render/view.js";
import { filterVariant } from "../../src/variants/filter-variant.js";
import { readMarkdown } from "../support/extract.js";

/** A CV that splits its jobs, its studies and its prose each between two sections (invented). */
const cv = [
  "# Jane Roe",
  "",
  "## Profile",
  "",
  "Backend developer with ten years of payments work.",
  "",
  "## Current Positions",
  "",
  "### Staff Engineer, Fabrikam Ltd (2021 – Present)",
  "",
  "## Previous Positions",
  "",
  "### Senior Engineer, Contoso GmbH (2016 – 2021)",
  "",
  "### Engineer, Northwind Traders (2012 – 2016)",
  "",
  "## Education",
  "",
  "### BSc Computer Science, Univ. of Leeds (2008 – 2012)",
  "",
  "## Professional Education",
  "",
  "### Certificate in Data Engineering, Open Institute (2019)",
  "",
  "## Personal statement",
  "",
  "I like to leave code better than I found it.",
].join("\n");

const EMPLOYERS = ["Fabrikam Ltd", "Contoso GmbH", "Northwind Traders"];
const count = (text: string, word: string) => text.split(word).length - 1;

describe("one list split among several sections", () => {
  it("gives each section the entries whose lines are its own", async () => {
    const resume = await readMarkdown(cv);
    const refs = resume.meta?.sections ?? [];
    const work = refs.filter((r) => r.key === "work");
    expect(work.map((r) => [r.title, r.items?.map((i) => resume.work?.[i]?.name)])).toEqual([
      ["Current Positions", ["Fabrikam Ltd"]],
      ["Previous Positions", ["Contoso GmbH", "Northwind Traders"]],
    ]);
    expect(refs.filter((r) => r.key === "education").map((r) => r.items?.length)).toEqual([1, 1]);
  });

  it("keeps one summary and prints a later section of prose under its own title", async () => {
    const resume = await readMarkdown(cv);
    expect(resume.basics?.summary).toBe("Backend developer with ten years of payments work.");
    expect(resume.meta?.sections?.filter((r) => r.key === "summary").map((r) => r.title)).toEqual(["Profile"]);
    expect(resume.sections?.find((s) => s.title === "Personal statement")?.items).toEqual([{ summary: "I like to leave code better than I found it." }]);
  });

  it("prints each job once, under its own section, in every theme's HTML and LaTeX and in the exports", async () => {
    const resume = await readMarkdown(cv);
    const view = toView(resume, "html");
    expect(view.sections.filter((s) => s.key === "work").map((s) => [s.id, s.entries?.length])).toEqual([
      ["work", 1],
      ["work-2", 2],
    ]);
    const outputs: Array<[string, string]> = [
      ...listThemes().map((name): [string, string] => [`${name} HTML`, htmlRenderer(loadTheme(name))(resume)]),
      ...["classic", "plain"].map((name): [string, string] => [`${name} LaTeX`, latexRenderer(loadTheme(name))(resume)]),
      ...(["md", "txt"] as const).map((format): [string, string] => [format, exportResume(format, resume)]),
    ];
    for (const [output, text] of outputs) {
      for (const employer of EMPLOYERS) expect(count(text, employer), `${employer} in ${output}`).toBe(1);
      expect(count(text, "payments work"), `the summary in ${output}`).toBe(1);
      // (the plain-text export sets titles in capitals)
      const at = (phrase: string) => text.toLowerCase().indexOf(phrase.toLowerCase());
      expect(at("Fabrikam Ltd"), output).toBeLessThan(at("Previous Positions"));
      expect(at("Previous Positions"), output).toBeLessThan(at("Contoso GmbH"));
    }
  });

  it("drops only the entries of a section a variant leaves out", async () => {
    const resume = await readMarkdown(cv);
    const current = resume.meta!.sections!.find((r) => r.title === "Current Positions")!;
    current.tags = ["private"];
    const open = filterVariant(resume, { only: [], except: ["private"] });
    expect(open.work?.map((w) => w.name)).toEqual(["Contoso GmbH", "Northwind Traders"]);
    expect(open.meta?.sections?.filter((r) => r.key === "work").map((r) => [r.title, r.items])).toEqual([["Previous Positions", [0, 1]]]);
  });
});

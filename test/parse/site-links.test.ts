import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const page = (closing: string) =>
  ["---", "layout: archive", "---", "", "[Download CV](/files/cv.pdf)", "", "Work experience", "======", "* 2019-present: Assistant Professor, Northfield University", "* 2016-2019: Postdoctoral Fellow, Kestrel Institute", "", closing].join("\n");

describe("an academic site's links around its CV page", () => {
  it.each([["[Download PDF](/files/cv.pdf)"], ["[Home](/) | [Publications](/publications/) | [CV](/cv/)"], ["[PDF version of my CV](/files/quill-cv.pdf)"], ["[Vollständiger Lebenslauf als PDF](/files/lebenslauf.pdf)"], ["[Télécharger la version complète](/files/cv.pdf)"]])(
    "reads %s, a paragraph of links to the site's own pages or to the CV as a file, as no job",
    async (closing) => {
      const r = await readMarkdown(page(closing));
      expect(r.work?.map((w) => w.name)).toEqual(["Northfield University", "Kestrel Institute"]);
      expect(JSON.stringify(r.sections ?? [])).not.toMatch(/Download|Home|PDF|Lebenslauf|Télécharger/);
    },
  );

  it("keeps a paragraph of links to other sites, which may be the owner's profiles", async () => {
    const r = await readMarkdown(["# Ada Quill", "", "[Blog](https://adaquill.dev) | [GitHub](https://github.com/adaquill)", "", "## Education", "", "- PhD in Physics, Westmark University, 2015"].join("\n"));
    expect(r.basics?.profiles?.map((p) => p.network)).toContain("GitHub");
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a bold label alone over a list of skills", () => {
  it("names one group whose items are the bullets under it, inner labels and all, however long the label", async () => {
    const resume = await readMarkdown(
      ["# Jane Doe", "", "## Skills", "", "**Statistical packages used in teaching and research:**", "", "- Gretl: advanced, wrote several add-ons", "- Octave: intermediate, used for coursework", "- Some knowledge of Fortran", "", "**Tools:**", "", "- Git", "- Make", ""].join("\n"),
    );
    expect(resume.skills).toEqual([
      { name: "Statistical packages used in teaching and research", keywords: ["Gretl: advanced, wrote several add-ons", "Octave: intermediate, used for coursework", "Some knowledge of Fortran"] },
      { name: "Tools", keywords: ["Git", "Make"] },
    ]);
    expect(resume.sections).toBeUndefined();
  });

  it("leaves bullets that each label a list of their own as groups of their own", async () => {
    const resume = await readMarkdown(["# Jane Doe", "", "## Skills", "", "**Experience with:**", "", "- Build tools: Make, Ninja, Bazel", "- Editors: Vim, Emacs, Nano", ""].join("\n"));
    expect(resume.skills?.map((s) => s.name)).toEqual(expect.arrayContaining(["Build tools", "Editors"]));
  });

  it("reads a section of languages and software as skills for the labelled list that names no spoken language, and languages for the other", async () => {
    const resume = await readMarkdown(
      ["# Jane Doe", "", "## Languages and Software", "", "**Statistical software:**", "", "- Gretl: advanced", "- Octave: intermediate", "", "**Languages:**", "", "- Basque (native)", "- French (fluent)", ""].join("\n"),
    );
    expect(resume.skills).toEqual([{ name: "Statistical software", keywords: ["Gretl: advanced", "Octave: intermediate"] }]);
    expect(resume.languages).toEqual([
      { language: "Basque", fluency: "native" },
      { language: "French", fluency: "fluent" },
    ]);
  });
});

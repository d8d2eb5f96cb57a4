import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a degree and its school told in one bold phrase", () => {
  it("reads the school after 'at' in a bold degree's phrase, its town in brackets apart", async () => {
    const r = await readMarkdown(
      ["# Ada Quill", "", "## Education", "",
        "- **PhD in theoretical physics at Westmark University (Utrecht, NL)**, 2015 - 2020",
        "- **MSc in applied physics at Northvale College (Leeds)**, 2013 - 2015",
        "- **BSc in physics at Kestrel University**, 2010 - 2013"].join("\n"),
    );
    expect(r.education?.map((e) => [e.institution, e.studyType, e.area, e.location])).toEqual([
      ["Westmark University", "PhD", "theoretical physics", "Utrecht, NL"],
      ["Northvale College", "MSc", "applied physics", "Leeds"],
      ["Kestrel University", "BSc", "physics", undefined],
    ]);
  });

  it("keeps a bold school's name whole where the bracket holds a state's code that spells a degree", async () => {
    const r = await readMarkdown(["# Ada Quill", "", "## Formação", "", "**Centro Universitário Vale Verde (Univale MS)**", "* **Bacharel em Engenharia de Software**", "* 2016 - 2020"].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.studyType])).toEqual([["Centro Universitário Vale Verde (Univale MS)", "Bacharel"]]);
  });
});

import { describe, expect, it } from "vitest";
import { extractSource, readMarkdown } from "../support/extract.js";

describe("a school's heading that says in brackets how the study ended", () => {
  it("keeps the status out of the school's name, and reads the town and country before it as the school's place", async () => {
    const page = [
      "# Mara Quill",
      "",
      "# Education",
      "",
      "## Northmoor Universitet, Linköping, Sweden (completed)",
      "",
      "**01/2009 – 07/2009**",
      "",
      "## Eastvale Hogeschool (not completed)",
      "",
      "**09/2001 – 09/2005**",
      "",
    ].join("\n");
    const resume = await readMarkdown(page);
    expect(resume.education).toMatchObject([
      { institution: "Northmoor Universitet", startDate: "2009-01", endDate: "2009-07" },
      { institution: "Eastvale Hogeschool", startDate: "2001-09" },
    ]);
  });
});

describe("a degree's grade set apart in bold under it, over its courses", () => {
  it("reads the grade as the degree's, not as a school of its own", async () => {
    const page = [
      "# Mara Quill",
      "",
      "## Education",
      "",
      "**MS in Computer Science**  _Spring 2022 - Spring 2024_<br />",
      "Eastvale University | Boston, MA",
      "",
      "***GPA 4.0***",
      "* Algorithms",
      "* Database Management Systems",
      "",
      "**BS in Mathematics**  _Fall 2010 - Spring 2014_ <br />",
      "Northmoor University | Shanghai, China",
      "",
    ].join("\n");
    const resume = await readMarkdown(page);
    expect(resume.education?.map((e) => e.institution)).toEqual(["Eastvale University", "Northmoor University"]);
  });
});

describe("a status set apart from its school by a comma", () => {
  it("keeps neither the comma nor the status in the school's name", async () => {
    const resume = await readMarkdown("# Mara Quill\n\n## Education\n\n- **Northmoor University, (in progress)** — Ph.D., 2021 – present\n");
    expect(resume.education?.[0]?.institution).toBe("Northmoor University");
  });
});

describe("a status in brackets after a school, before the field", () => {
  it("says the status with the entry and reads the field after it as the field", async () => {
    const page = [
      "# Ana Example",
      "",
      "## Formação",
      "",
      "**Universidade Exemplo (Cursando)** — Sistemas de Informação, 2021 - 2025",
      "",
      "**Faculdade Modelo (Concluído)**, Administração, 2014 - 2018",
      "",
      "**Escola Técnica Modelo (Atual)** — Engenharia de Software",
      "",
      "## Education",
      "",
      "**Example University (In Progress)**, Computer Science, 2022 - 2024",
      "",
    ].join("\n");
    const resume = await readMarkdown(page);
    expect(resume.education?.map((e) => [e.institution, e.area, e.summary, e.location])).toEqual([
      ["Universidade Exemplo", "Sistemas de Informação", "Cursando", undefined],
      ["Faculdade Modelo", "Administração", "Concluído", undefined],
      ["Escola Técnica Modelo", "Engenharia de Software", "Atual", undefined],
      ["Example University", "Computer Science", "In Progress", undefined],
    ]);
  });

  it("keeps a graduation still to come ('(expected)') in the entry's text", async () => {
    const { resume } = await extractSource({ path: "cv.txt", text: "Mara Quill\n\nEDUCATION\n\nExample University (expected)\nBachelor of Arts, 2025\n", format: "text", formatReason: "test" });
    expect(resume.education?.map((e) => [e.institution, e.summary])).toEqual([["Example University", "expected"]]);
  });
});

describe("a school's initials in brackets after its name", () => {
  it("keeps them in the school's name, not read as the present or as a date to come", async () => {
    const resume = await readMarkdown(
      ["# Mara Quill", "", "## Education", "", "- **BSc Computer Science**, Steppe Example University (SEU), 2019", "- MSc Data Science, Northmoor University (NU)", "- Example Polytechnic (EXP), 2015", ""].join("\n"),
    );
    expect(resume.education?.map((e) => [e.institution, e.location, e.summary])).toEqual([
      ["Steppe Example University (SEU)", undefined, undefined],
      ["Northmoor University (NU)", undefined, undefined],
      ["Example Polytechnic (EXP)", undefined, undefined],
    ]);
  });
});

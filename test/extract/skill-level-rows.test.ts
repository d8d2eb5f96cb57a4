import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** A moderncv CV's text as pdftotext writes it: a form feed ends each page. */
const page = (lines: string[]) => `${lines.join("\n")}\n\f`;

describe("a skills heading named by its field", () => {
  it("heads the skills, and rows led by a level are groups of that level", async () => {
    const r = await readText(
      page([
        "Jane Roe",
        "Curriculum Vitae",
        "",
        "Experience",
        "2016–Present Software Developer, Contoso Ltd, Springfield",
        "Built the billing service.",
        "",
        "Web Engineering skills",
        "Basic Haskell, Postgres, React, Redis",
        "Intermediate Javascript, Node.js, Linux, Vim, Jenkins, Docker, AWS, Chef, Terraform, Ansible",
        "Advanced Ruby, Git",
        "",
        "Interests",
        "- Bread baking",
      ]),
    );
    expect(r.skills?.map((s) => [s.name, s.keywords?.length])).toEqual([
      ["Basic", 4],
      ["Intermediate", 10],
      ["Advanced", 2],
    ]);
  });

  it("not where the level is a group's label in a section of its own kind", async () => {
    const r = await readText(["Jane Roe", "", "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Technische Kenntnisse", "", "sehr gute Kenntnisse", "", "Python, Go", ""].join("\n"));
    expect(r.meta?.sections?.map((s) => s.title)).not.toContain("sehr gute Kenntnisse");
  });
});

describe("a seven-digit postcode before the country", () => {
  it("leaves the town and the country to be read", async () => {
    const r = await readText(["Jane Roe", "Haifa, 3200003 Israel", "jane@example.org", "", "Experience", "", "2019–2020 Engineer, Contoso Ltd, Haifa", ""].join("\n"));
    expect([r.basics?.location?.city, r.basics?.location?.countryCode]).toEqual(["Haifa", "IL"]);
  });
});

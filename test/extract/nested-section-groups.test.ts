import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

const asciidoc = [
  "= Jane Roe",
  "",
  "==== 12 Elm St Springfield, IL 62704",
  "",
  "==== (217) 555-0142",
  "",
  "==== jane@example.org",
  "",
  "== Education",
  "==== University of Somewhere",
  "Bachelor of Science in Physics: May 2014",
  "",
  "== Experience",
  "",
  "=== Employment",
  "",
  "==== Northwind Labs (northwind.example) Springfield, IL",
  "Staff Engineer: March 2019 - present",
  "- Built the billing service",
  "",
  "==== Contoso Ltd (contoso.example) Peoria, IL",
  "Software Intern: May 2017 - August 2017",
  "- Wrote test tools",
  "",
];

describe("a section of jobs whose sub-heading names jobs again", () => {
  it("takes its entries from the level under that sub-heading, in AsciiDoc", async () => {
    const r = await readText(asciidoc.join("\n"));
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Northwind Labs (northwind.example)", "Staff Engineer", "2019-03"],
      ["Contoso Ltd (contoso.example)", "Software Intern", "2017-05"],
    ]);
  });

  it("and in Markdown, where the sub-heading stands alone under the section", async () => {
    const md = asciidoc.map((l) => l.replace(/^(=+)/, (m) => "#".repeat(m.length)));
    const r = await readMarkdown(md.join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["Northwind Labs (northwind.example)", "Contoso Ltd (contoso.example)"]);
  });

  it("keeps a sibling sub-heading of no known kind out of the jobs", async () => {
    const r = await readText([...asciidoc, "=== Travel/Conferences", "- Speaker at a modelling conference (2018)", ""].join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["Northwind Labs (northwind.example)", "Contoso Ltd (contoso.example)"]);
  });
});

describe("an AsciiDoc contact set as a title", () => {
  it("is read as the contact it is", async () => {
    const r = await readText(asciidoc.join("\n"));
    expect([r.basics?.phone, r.basics?.email]).toEqual(["(217) 555-0142", "jane@example.org"]);
    expect(r.sections).toBeUndefined();
  });
});

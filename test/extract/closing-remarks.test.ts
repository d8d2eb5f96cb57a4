import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

const head = ["Jane Roe", "jane@example.org", ""];

describe("a copyright notice closing a CV", () => {
  it("is no school after the last entry of a section of studies", async () => {
    const r = await readText([...head, "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Education", "", "BSc Physics, University of Somewhere, 2014", "", "© 2024 Jane Roe", ""].join("\n"));
    expect(r.education?.map((e) => e.institution)).toEqual(["University of Somewhere"]);
    expect(r.sections?.map((s) => [s.title, s.items.map((i) => i.summary)])).toEqual([["Copyright", ["© 2024 Jane Roe"]]]);
  });

  it("is no skill after a list of skills, whichever mark it opens with", async () => {
    const r = await readText([...head, "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Skills", "", "Python, Go, Rust", "", "Copyright © 2017 Jane Roe", ""].join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Python", "Go", "Rust"]);
    expect(JSON.stringify(r.sections)).toContain("Copyright © 2017 Jane Roe");
  });

  it("is no school under an indented fixed-width layout, written with (c)", async () => {
    const r = await readText([...head, "EDUCATION", "", "  University of Somewhere                   2010 - 2014", "    BSc Physics", "", "  (c) 2021 Jane Roe", ""].join("\n"));
    expect(r.education?.map((e) => e.institution)).toEqual(["University of Somewhere"]);
  });

  it("keeps a last entry that only opens with a footer's word", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Projects", "", "### Weather bot", "", "Built with React and a small API.", ""].join("\n"));
    expect(JSON.stringify(r.projects ?? r.sections)).toContain("Built with React");
    expect(JSON.stringify(r.sections ?? [])).not.toContain("(more)");
  });
});

describe("references said to be given on request", () => {
  it("close the CV as its references, not as the last degree's note", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Education", "", "### BSc Physics, University of Somewhere", "2014 - 2018", "", "References available upon request.", ""].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.summary])).toEqual([["University of Somewhere", undefined]]);
    expect(r.references).toEqual([{ reference: "References available upon request." }]);
  });

  it("are the remark, not a referee's name, as the whole of a References section, in any listed language", async () => {
    const en = await readMarkdown(["# Jane Roe", "", "## Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "## References", "", "Available upon request.", ""].join("\n"));
    expect(en.references).toEqual([{ reference: "Available upon request." }]);
    const de = await readText([...head, "Berufserfahrung", "", "Entwicklerin, Beispiel GmbH, 2018 - 2020", "", "Referenzen", "", "Auf Anfrage", ""].join("\n"));
    expect(de.references).toEqual([{ reference: "Auf Anfrage" }]);
  });

  it("leave a referee who is named as a referee", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## References", "", "Dr. Ana Lima, Head of Research, Example Labs", ""].join("\n"));
    expect(r.references).toEqual([{ name: "Dr. Ana Lima", reference: "Head of Research, Example Labs" }]);
  });
});

describe("a closing word that references are given on request", () => {
  it("is no highlight of the last job", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Experience", "", "### Acme Corp", "Engineer, 2019 - 2021", "- Built things", "", "References available upon request.", ""].join("\n"));
    expect(r.work?.[0]?.highlights).toEqual(["Built things"]);
    expect(r.references).toEqual([{ reference: "References available upon request." }]);
  });

  it("is no project when set as a heading after the list of projects", async () => {
    const r = await readText(["= Jane Roe", "", "== Skills", "- Rust", "", "== Projects", "- Weather station firmware", "- Chess engine in Rust", "", "==== References available upon request", ""].join("\n"));
    expect(r.projects?.map((p) => p.name)).toEqual(["Weather station firmware", "Chess engine in Rust"]);
    expect(r.references).toEqual([{ reference: "References available upon request" }]);
  });

  it("is kept where it only begins a longer sentence", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Notes", "", "References available upon request, and more links on my site.", ""].join("\n"));
    expect(JSON.stringify(r)).toContain("more links on my site");
  });
});

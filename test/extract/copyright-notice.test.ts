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

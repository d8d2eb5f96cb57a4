import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

describe("a closing word that references are given on request", () => {
  it("is no highlight of the last job", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Experience", "", "### Acme Corp", "Engineer, 2019 - 2021", "- Built things", "", "References available upon request.", ""].join("\n"));
    expect(r.work?.[0]?.highlights).toEqual(["Built things"]);
    expect(r.sections?.map((s) => [s.title, s.items.map((i) => i.summary)])).toEqual([["References", ["References available upon request."]]]);
  });

  it("is no project when set as a heading after the list of projects", async () => {
    const r = await readText(["= Jane Roe", "", "== Skills", "- Rust", "", "== Projects", "- Weather station firmware", "- Chess engine in Rust", "", "==== References available upon request", ""].join("\n"));
    expect(r.projects?.map((p) => p.name)).toEqual(["Weather station firmware", "Chess engine in Rust"]);
    expect(r.sections?.map((s) => s.title)).toEqual(["References"]);
  });

  it("is kept where it only begins a longer sentence", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Notes", "", "References available upon request, and more links on my site.", ""].join("\n"));
    expect(JSON.stringify(r)).toContain("more links on my site");
  });
});

import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

describe("job headers of Markdown résumés", () => {
  it("keeps the dates and bullets under a bold header closed by a colon with that header's job", async () => {
    const r = await readMarkdown(
      [
        "# Jane Roe",
        "",
        "## Experience",
        "",
        "**Northwind Labs -- Technical Lead:**",
        "*January 2023 – Present*",
        "",
        "- Led the creation of a public API.",
        "- Mentored two feature teams.",
        "",
        "**Contoso Group -- Software Engineer:**",
        "*November 2018 – January 2023*",
        "",
        "- Designed an event-driven ledger.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Northwind Labs", "Technical Lead", "2023-01", undefined],
      ["Contoso Group", "Software Engineer", "2018-11", "2023-01"],
    ]);
    expect(r.work![0]!.highlights).toEqual(["Led the creation of a public API.", "Mentored two feature teams."]);
    expect(r.sections ?? []).toEqual([]);
  });

  it("reads role headings under a dated employer as its roles where one heading between them names a part of the work", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Experience",
        "",
        "### Harbourline Media Inc, Portland, OR `[March 2012 to Present]`",
        "",
        "#### Staff Engineer, Analytics",
        "",
        "* Led the platform working group.",
        "",
        "#### Software Engineer, Ingestion",
        "",
        "* Built the upload API.",
        "",
        "#### Release automation system",
        "",
        "* Push-button deployments for every service.",
        "",
        "#### Software Engineer, Caching",
        "",
        "* Wrote the metadata cache.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Harbourline Media Inc", "Staff Engineer, Analytics", undefined, undefined],
      ["Harbourline Media Inc", "Software Engineer, Ingestion", undefined, undefined],
      ["Harbourline Media Inc", "Software Engineer, Caching", undefined, undefined],
    ]);
    expect(r.work![1]!.highlights).toContain("Push-button deployments for every service.");
  });

  it("reads a dated heading over its own role heading as a job held alongside the one above, not that job's project", async () => {
    const r = await readMarkdown(
      [
        "# Sam Ortiz",
        "",
        "## Work",
        "",
        "### Larkspur Games Ltd, Bend, OR `[June 2011 to Present]`",
        "#### Senior Engineer",
        "* Shipped the level editor.",
        "",
        "### tagfinder.io `[May 2014 to Present]`",
        "",
        "#### Chief Technology Officer and Co-founder",
        "",
        "* Built the web app.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([
      ["Larkspur Games Ltd", "Senior Engineer", "2011-06", undefined],
      ["tagfinder.io", "Chief Technology Officer and Co-founder", "2014-05", undefined],
    ]);
  });

  it("reads no job in a paragraph of prose that opens a section titled by a word that may name work", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Background",
        "",
        "I am a software developer with an interest in distributed systems. I enjoy learning new things.",
        "",
        "## Experience",
        "",
        "### Harbourline Media, Portland `[2012 to Present]`",
        "",
        "#### Senior Engineer",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Harbourline Media", "Senior Engineer", "2012", undefined]]);
  });

  it("reads a section titled Proficiency as skills", async () => {
    const r = await readMarkdown(["# Jo Example", "", "## Proficiency", "", "### Languages", "", "Java, Go, Python"].join("\n"));
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([["Languages", ["Java", "Go", "Python"]]]);
  });

  it("takes no place from a line under a job's header that is wholly a link's text", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Experience",
        "",
        "**Brightloop** — *Android Engineer*  ",
        "*April 2022 – Present*  ",
        "[Google Play](https://play.google.com/store/apps/details?id=com.example.app)",
        "",
        "I lead the Android team.",
      ].join("\n"),
    );
    expect(jobs(r)).toEqual([["Brightloop", "Android Engineer", "2022-04", undefined]]);
    expect(r.work![0]!.location).toBeUndefined();
  });
});

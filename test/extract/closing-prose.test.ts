import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("closing prose in a section of jobs", () => {
  it("keeps every paragraph of prose that opens a section before any job", async () => {
    const r = await readMarkdown(
      [
        "# Jo Example",
        "",
        "## Background",
        "",
        "I am a software developer with an interest in distributed systems. I enjoy learning new things.",
        "",
        "In my spare time I contribute to open source projects and mentor students.",
        "",
        "## Experience",
        "",
        "### Harbourline Media, Portland `[2012 to Present]`",
        "",
        "#### Senior Engineer",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([["Harbourline Media", "Senior Engineer"]]);
    expect(JSON.stringify(r)).toContain("In my spare time I contribute to open source projects");
  });
});

describe("a web page's footer after the last job", () => {
  it("keeps a last job whose employer's name opens with a footer's word", async () => {
    const r = await readMarkdown(["# Jo Example", "", "## Experience", "", "### Initrode — Software Engineer", "2018 - 2021", "", "### Copyright Clearance Center — Senior Software Engineer", "2021 - present", ""].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Initrode", "Software Engineer", "2018"],
      ["Copyright Clearance Center", "Senior Software Engineer", "2021"],
    ]);
  });

  it("keeps a last job written on one line after an employer named like a footer", async () => {
    const r = await readMarkdown(["# Jo Example", "", "## Experience", "", "**Initrode**, Data Intern, 2019 - 2020", "", "**Copyright Agency**, Data Analyst, 2021 - present", ""].join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["Initrode", "Copyright Agency"]);
  });

  it("keeps a last role that opens with 'Made With'", async () => {
    const r = await readMarkdown(["# Jo Example", "", "## Experience", "", "- Software Engineer, Initrode (2019 - 2021)", "- Made With Code ambassador, Google (2021 - 2022)", ""].join("\n"));
    expect(r.work).toHaveLength(2);
    expect(r.work?.[1]?.startDate).toBe("2021");
  });

  it("reads no job from a copyright line with its year after the last job", async () => {
    const r = await readMarkdown(["# Jo Example", "", "## Experience", "", "### Initrode — Software Engineer", "2018 - 2021", "", "© 2024 Jo Example. Built with Hugo", ""].join("\n"));
    expect(r.work?.map((w) => w.name)).toEqual(["Initrode"]);
  });
});

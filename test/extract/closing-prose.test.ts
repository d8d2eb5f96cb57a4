import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

async function parse(text: string): Promise<Resume> {
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

describe("closing prose in a section of jobs", () => {
  it("keeps every paragraph of prose that opens a section before any job", async () => {
    const r = await parse(
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

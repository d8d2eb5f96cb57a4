import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../support/extract.js";

describe("a section titled as a group of skills after the skills", () => {
  it("folds a section of sentences under a skill's label into the skills as that group", async () => {
    const r = await readMarkdown(["# Sela Moor", "", "## Skills", "", "**Languages**: Go, Rust, Python", "", "## Tools", "", "- I use Git, Docker and Kubernetes every day at work.", "- I have built CI pipelines with Jenkins and GitHub Actions.", ""].join("\n"));
    expect(r.skills?.map((s) => s.name)).toContain("Tools");
    expect(r.skills?.some((s) => /^I (?:use|have)/.test(s.name ?? ""))).toBe(false);
  });

  it("keeps a section of sentences under a generic title out of the skills", async () => {
    const r = await readMarkdown(["# Sela Moor", "", "## Skills", "", "**Languages**: Go, Rust", "", "## Misc", "", "- I have sung in a choir for ten years.", "- I am a volunteer firefighter in my village.", ""].join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Languages"]);
  });
});

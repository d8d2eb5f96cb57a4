import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a label's item over one item that lists its skills", () => {
  it("reads the listed skills as the label's keywords", async () => {
    const r = await readMarkdown(
      ["# Mirela Vos", "", "## Skills", "- Programming Languages", "  - Python, C++, MATLAB, R", "- Tools", "  - Git, Linux, Docker"].join("\n"),
    );
    expect((r.skills ?? []).map((s) => [s.name, s.keywords])).toEqual([
      ["Programming Languages", ["Python", "C++", "MATLAB", "R"]],
      ["Tools", ["Git", "Linux", "Docker"]],
    ]);
    expect(r.sections ?? []).toEqual([]);
  });

  it("takes no skills from an item under a skill that says how long or how it was used", async () => {
    const r = await readMarkdown(
      ["# Tomas Ekberg", "", "## Skills", "- Python", "  - 5 years, daily use", "- Leadership", "  - Led teams of 5, mentored interns"].join("\n"),
    );
    expect((r.skills ?? []).flatMap((s) => s.keywords ?? [])).toEqual([]);
    expect(JSON.stringify(r)).toContain("daily use");
    expect(JSON.stringify(r)).toContain("mentored interns");
  });
});

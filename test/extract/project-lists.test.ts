import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

async function projectNames(lines: readonly string[]): Promise<(string | undefined)[] | undefined> {
  const text = ["Jane Roe", "jane@example.org", "", "PROJECTS", ...lines, "", "WORK EXPERIENCE", "Engineer at Contoso, Boston, MA     2010-2012"].join("\n");
  const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
  return (resume as Resume).projects?.map((p) => p.name);
}

describe("bullets under a project's 'Name - what it is' line", () => {
  it("keeps bullets that each name a project and say what it is as projects of their own", async () => {
    const names = await projectNames([
      "Open source - libraries I maintain on GitHub.",
      "- Quill, a Markdown linter used by 2,000 repositories",
      "- Tern, a static site generator in Rust",
      "- Heron (2019), a plotting library",
    ]);
    expect(names?.slice(1)).toEqual(expect.arrayContaining([expect.stringMatching(/^Quill/u), expect.stringMatching(/^Tern/u), expect.stringMatching(/^Heron/u)]));
    expect(names).toHaveLength(4);
  });

  it("keeps a list of bare capitalised names as projects of their own", async () => {
    const names = await projectNames(["Side projects - built in my spare time.", "- Quill", "- Tern", "- Heron"]);
    expect(names).toEqual(["Side projects", "Quill", "Tern", "Heron"]);
  });

  it("still joins bullets that say what was done to the project above", async () => {
    const names = await projectNames(["Order Hub - A platform for restaurants.", "- Built the mail workers", "- Wrote the billing service"]);
    expect(names).toEqual(["Order Hub"]);
  });
});

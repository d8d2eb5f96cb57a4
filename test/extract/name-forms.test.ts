import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a name with the name its owner goes by in brackets", () => {
  it("reads a title in capitals with a bracketed short name between the others as the name, not a headline", async () => {
    const r = await readMarkdown("# MARGARET (PEGGY) EXAMPLE\n\npeggy@example.org\n\n## Experience\n\n**Staff Engineer** | Quillfern | *May 2019 to present*\n");
    expect([r.basics?.name, r.basics?.label]).toEqual(["MARGARET (PEGGY) EXAMPLE", undefined]);
  });

  it("reads a bold first line that writes the short name so as the name", async () => {
    const r = await readMarkdown("**Robert (Bob) Example**\n\nbob@example.org\n\n## Experience\n\n**Staff Engineer** | Quillfern | *May 2019 to present*\n");
    expect(r.basics?.name).toBe("Robert (Bob) Example");
  });

  it("reads no title that brackets a language, place or work mode as a name ('Resume (English) Version', 'Kestrel (Remote) Team')", async () => {
    const r = await readMarkdown("# Resume (English) Version\n\nJane Example\n\n## Experience\n\n**Staff Engineer** | Quillfern | *May 2019 to present*\n");
    expect(r.basics?.name).toBe("Jane Example");
    for (const title of ["Kestrel (Remote) Team", "Lowtown (Germany) Office", "CV (EN) Version"]) {
      expect((await readMarkdown(`# ${title}\n\n## Experience\n\n**Staff Engineer** | Quillfern | *May 2019 to present*\n`)).basics?.name, title).toBeUndefined();
    }
  });
});

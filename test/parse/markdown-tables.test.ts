import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { extractSource } from "../support/extract.js";

describe("a Markdown table", () => {
  it("keeps its header row as a line of text marked as the table's header, and its body rows as rows", async () => {
    const { lines } = await parseMarkdownLines("| Name | 髙橋孝幸 |\n| --- | --- |\n| Sex | M |\n", "cv.md");
    expect(lines.map((l) => [l.kind, l.text, l.tableHeader ?? false])).toEqual([
      ["text", "Name | 髙橋孝幸", true],
      ["row", "Sex | M", false],
    ]);
  });

  it("leaves the column names of an entries table to the section's catch-all, never dropped", async () => {
    const text = "# Jane Doe\n\n## Education\n\n| Degree | Institution | Years |\n| --- | --- | --- |\n| BSc Physics | ETH Zürich | 2010 – 2013 |\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.education).toHaveLength(1);
    expect(resume.sections?.[0]?.items).toEqual([{ summary: "Degree | Institution | Years" }]);
  });
});

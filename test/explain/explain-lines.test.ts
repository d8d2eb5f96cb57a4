import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainReading } from "../../src/explain/explain-reading.js";
import { loadResume } from "../../src/load-resume.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-explain-"));

async function explain(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const loaded = await loadResume(path);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("\n"));
  const explanation = explainReading(name, loaded.value.reading!);
  return (line: number) => explanation.lines[line - 1]!;
}

describe("explainReading", () => {
  it("names front matter, rules, wrapped lines and a PDF's page numbers for what they are", async () => {
    const md = await explain(
      "cv.md",
      ["---", "name: Jane Doe", "---", "", "jane@example.org", "", "## Experience", "", "### Acme | Engineer | 2019 – 2022", "", "- Built the billing", "  service end to end", "", "---", ""].join("\n"),
    );
    expect([1, 2, 3].map((n) => md(n).role)).toEqual(["front-matter", "front-matter", "front-matter"]);
    expect(md(5)).toMatchObject({ role: "contact", label: "contact → email", paths: ["/basics/email"] });
    expect(md(9)).toMatchObject({ role: "entry", label: "work entry 1 → organisation / role / dates" });
    expect(md(11)).toMatchObject({ role: "highlight", label: "work entry 1 → highlight" });
    expect(md(12)).toMatchObject({ role: "continued", label: "work entry 1 → highlight (continued)" });
    expect(md(14)).toMatchObject({ role: "markup" });

    const text = await explain(
      "cv.txt",
      ["JANE DOE", "jane@example.org", "", "EXPERIENCE", "", "Acme Corp, Engineer, 2019 - 2022", "Built the billing service.", "", "Page 1 of 2", "\fEDUCATION", "", "MIT, BSc Physics, 2015 - 2019", ""].join("\n"),
    );
    expect(text(1)).toMatchObject({ role: "name", paths: ["/basics/name"] });
    expect(text(9)).toMatchObject({ role: "dropped", label: expect.stringMatching(/^dropped: not CV text/) });
    expect(text(12)).toMatchObject({ role: "entry", label: expect.stringMatching(/^education entry 1 → institution/) });
  });

  it("credits a summary's sentence that names the headline in passing to the summary, and the headline's own line to the headline", async () => {
    const at = await explain(
      "headline.txt",
      ["JANE DOE", "Code Writer", "", "PROFILE", "", "After a degree in mathematics, I decided to become a Code Writer and", "have built web software since 2005.", ""].join("\n"),
    );
    expect(at(2)).toMatchObject({ role: "contact", label: "contact → headline" });
    expect(at(6)).toMatchObject({ role: "summary", paths: ["/basics/summary"] });
  });

  it("credits a table of contents under the name to the contents, the name line to the name, and an update stamp to the stamp", async () => {
    const at = await explain(
      "toc.md",
      ["# Jane Doe", "", "- [Experience](#experience)", "- [Education](#education)", "", "# Experience", "## Software Engineer, Acme Corp", "2019 – 2022", "", "*Last updated: March 2024*", "", "# Education", "## BSc Physics, Example University", "2015 – 2019", ""].join("\n"),
    );
    expect(at(1)).toMatchObject({ role: "name", paths: ["/basics/name"] });
    expect([3, 4].map((n) => at(n).label)).toEqual(["the document's table of contents", "the document's table of contents"]);
    expect(at(10).label).toBe("the date the document was last updated");
    expect(at(12).role).toBe("section");
  });
});

import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** A PDF's text layer (pdftotext's output) of an invented CV with a skills section. */
describe("a column of skill labels whose first label is taken for a section's title", () => {
  it("gives no label the list of another, and makes no keyword of a label and a list joined", async () => {
    const cvs = [
      ["KENNTNISSE", "Programmiersprachen:", "Werkzeuge:", "Sonstiges:"],
      ["SKILLS", "Languages:", "Tools:", "Other:"],
    ];
    for (const labels of cvs) {
      const r = await readText(["Jana Beispiel", "jana@example.de", "", ...labels, "", "Java, Kotlin, SQL", "Git, Maven, Jenkins", "LaTeX, Linux", ""].join("\n"));
      const keywords = (r.skills ?? []).flatMap((s) => s.keywords ?? []);
      expect(keywords.filter((k) => k.includes("\t")), labels[1]).toEqual([]);
      expect(keywords, labels[1]).toEqual(expect.arrayContaining(["Java", "Kotlin", "SQL", "Git", "Maven", "Jenkins", "LaTeX", "Linux"]));
    }
  });
});

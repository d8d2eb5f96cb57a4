import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const text = [
  "# Jo Vale",
  "",
  "## Publications",
  "",
  "### Journal Articles",
  "- Vale, J. and Roe, K. (2021). Tidal rhythms in harbour markets. Port Studies, 12, 201–233.",
  "- Vale, J. (2019). Salt and the guild ledger. Maritime History Quarterly, 40, 17–38.",
  "",
  "### Chapters in Edited Volumes",
  "- Vale, J. (2018). Lanterns and ledgers. Essays on Harbour Life, 2, 88–102.",
  "- Lund, K. and Vale, J. (2017). Knots and nets. Coastal Review, 3, 1–9.",
  "",
  "## Education",
  "",
  "- PhD in History, Harlow University, 2016",
  "",
  "## Teaching",
  "",
  "- Maritime History, Harlow University, 2015",
].join("\n");

describe("sub-headings that group a section's papers", () => {
  it("reads a heading that names a kind of paper as its group's title, noted, no line of a catch-all", async () => {
    const { resume, diagnostics } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.publications?.map((p) => p.name)).toEqual(["Tidal rhythms in harbour markets", "Salt and the guild ledger", "Lanterns and ledgers", "Knots and nets"]);
    expect(resume.sections?.filter((s) => s.title === "Publications (more)")).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "publication-group").map((d) => d.position?.line)).toEqual([5, 9]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";
import type { Resume } from "../../src/resume/schema.js";

const groupsOf = (resume: Resume) => (resume.publications ?? []).map((p) => [p.group, p.name]);
const publicationsListed = (resume: Resume) => (resume.meta?.sections ?? []).filter((s) => s.key === "publications").map((s) => s.title);
const catchAlls = (resume: Resume) => (resume.sections ?? []).filter((s) => s.title.endsWith("(more)")).flatMap((s) => s.items.map((i) => i.summary ?? i.title));

const subheadings = [
  "# Jo Vale",
  "",
  "## Publications",
  "",
  "- Vale, J. (2022). Ropes of the upper wharf. Harbour Notes, 3, 1–4.",
  "",
  "### Journal articles",
  "- Vale, J. and Roe, K. (2021). Tidal rhythms in harbour markets. Port Studies, 12, 201–233.",
  "- Vale, J. (2019). Salt and the guild ledger. Maritime History Quarterly, 40, 17–38.",
  "",
  "### Book chapters",
  "- Vale, J. (2018). Lanterns and ledgers. Essays on Harbour Life, 2, 88–102.",
  "- Lund, K. and Vale, J. (2017). Knots and nets. Coastal Review, 3, 1–9.",
  "",
  "## Education",
  "",
  "- PhD in History, Harlow University, 2016",
].join("\n");

describe("the headings papers are listed under", () => {
  it("gives each paper under a Markdown sub-heading that heading as its group, as written, and none to a paper above the first", async () => {
    const resume = await readMarkdown(subheadings);
    expect(groupsOf(resume)).toEqual([
      [undefined, "Ropes of the upper wharf"],
      ["Journal articles", "Tidal rhythms in harbour markets"],
      ["Journal articles", "Salt and the guild ledger"],
      ["Book chapters", "Lanterns and ledgers"],
      ["Book chapters", "Knots and nets"],
    ]);
  });

  it("keeps the sub-headings out of the section's catch-all, which held them before they had a place", async () => {
    const resume = await readMarkdown(subheadings);
    expect(catchAlls(resume)).toEqual([]);
    expect(publicationsListed(resume)).toEqual(["Publications"]);
  });

  it("keeps a heading that no paper came under in the catch-all, its words printed", async () => {
    const resume = await readMarkdown(subheadings.replace("## Education", "### Other publications\n\n## Education"));
    expect(groupsOf(resume).map(([group]) => group)).toEqual([undefined, "Journal articles", "Journal articles", "Book chapters", "Book chapters"]);
    expect(catchAlls(resume)).toEqual(["Other publications"]);
  });

  it("reads bold lines alone over the papers as their groups, under the section's own title, listed once", async () => {
    const resume = await readMarkdown(
      [
        "# Jo Vale",
        "",
        "## Publications",
        "",
        "**Journal Articles**",
        "",
        "- Vale, J. and Roe, K. (2021). Tidal rhythms in harbour markets. Port Studies, 12, 201–233.",
        "- Vale, J. (2019). Salt and the guild ledger. Maritime History Quarterly, 40, 17–38.",
        "",
        "**Preprints**",
        "",
        "- Vale, J. (2018). Lanterns and ledgers. arXiv preprint.",
        "- Lund, K. and Vale, J. (2017). Knots and nets. arXiv preprint.",
      ].join("\n"),
    );
    expect(publicationsListed(resume)).toEqual(["Publications"]);
    expect(groupsOf(resume).map(([group]) => group)).toEqual(["Journal Articles", "Journal Articles", "Preprints", "Preprints"]);
  });

  it("reads a plain text's titles of kinds of paper under its publications title as groups of one section, each paper listed once", async () => {
    const resume = await readText(
      [
        "JO VALE",
        "jo@example.org",
        "",
        "PUBLICATIONS",
        "",
        "Refereed Journal Publications",
        "",
        "Vale, J. and Roe, K. (2021). Tidal rhythms in harbour markets. Port Studies, 12, 201–233.",
        "Vale, J. (2019). Salt and the guild ledger. Maritime History Quarterly, 40, 17–38.",
        "",
        "Workshop Papers",
        "",
        "Vale, J. (2018). Lanterns and ledgers. Workshop on Harbours.",
        "Lund, K. and Vale, J. (2017). Knots and nets. Workshop on Nets.",
        "",
        "EDUCATION",
        "",
        "PhD in History, Harlow University, 2016",
      ].join("\n"),
    );
    expect(publicationsListed(resume)).toEqual(["PUBLICATIONS"]);
    expect(groupsOf(resume).map(([group]) => group)).toEqual(["Refereed Journal Publications", "Refereed Journal Publications", "Workshop Papers", "Workshop Papers"]);
  });

  it("keeps a year heading over papers as their group: it is how the author grouped them", async () => {
    const resume = await readMarkdown(
      [
        "# Jo Vale",
        "",
        "## Publications",
        "",
        "### 2021",
        "- Vale, J. and Roe, K. (2021). Tidal rhythms in harbour markets. Port Studies, 12, 201–233.",
        "- Vale, J. (2021). Salt and the guild ledger. Maritime History Quarterly, 40, 17–38.",
        "",
        "### 2019",
        "- Vale, J. (2019). Lanterns and ledgers. Essays on Harbour Life, 2, 88–102.",
      ].join("\n"),
    );
    expect(groupsOf(resume).map(([group]) => group)).toEqual(["2021", "2021", "2019"]);
    expect(catchAlls(resume)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource, readMarkdown } from "../support/extract.js";

const papers = (r: Resume) => (r.publications ?? []).map((p) => p.name);

describe("lines of a publications section that are no papers", () => {
  it("takes no paper from a line of links to the author's profiles", async () => {
    const r = await readMarkdown(
      [
        "# Mirela Vos",
        "",
        "## Publications",
        "- [Google Scholar](https://scholar.google.com/citations?user=abc), [ORCID](https://orcid.org/0000-0002-1825-0097)",
        "",
        "### Journal Articles",
        "- Vos, M. (2021). Tidal mixing in shallow seas. Journal of Coastal Studies, 12, 1-20.",
      ].join("\n"),
    );
    expect(papers(r)).toEqual(["Tidal mixing in shallow seas"]);
  });

  it("takes no paper from a remark on the list under it, whatever it links to", async () => {
    const r = await readMarkdown(
      [
        "# Mirela Vos",
        "",
        "## Publications",
        "- Vos, M. (2021). Tidal mixing in shallow seas. Journal of Coastal Studies, 12, 1-20.",
        "",
        "Only first-authored papers are shown. See [the full list of publications](https://pubs.example.org/?author=vos).",
      ].join("\n"),
    );
    expect(papers(r)).toEqual(["Tidal mixing in shallow seas"]);
  });

  it("keeps a paper whose linked title names no network", async () => {
    const r = await readMarkdown(["# Mirela Vos", "", "## Publications", "- [Tidal mixing in shallow seas](https://example.org/tidal.pdf)"].join("\n"));
    expect(papers(r)).toEqual(["Tidal mixing in shallow seas"]);
  });

  it("keeps loose papers whose titles speak of papers, articles or preprints, set in bold with a link", async () => {
    const r = await readMarkdown(
      [
        "# Tomas Ekberg",
        "",
        "## Publications",
        "**Summarizing scientific papers with citation graphs.** Workshop on Scholarly Document Processing. [PDF](https://example.org/p1.pdf)",
        "",
        "**Classifying news articles by stance.** Computational Linguistics Journal. [PDF](https://example.org/p2.pdf)",
        "",
        "**Ranking preprints on arXiv.** [PDF](https://example.org/p3.pdf)",
      ].join("\n"),
    );
    expect(papers(r)).toEqual(["Summarizing scientific papers with citation graphs", "Classifying news articles by stance", "Ranking preprints on arXiv"]);
  });

  it("keeps loose linked titles that speak of papers, each before its venue", async () => {
    const r = await readMarkdown(
      [
        "# Tomas Ekberg",
        "",
        "## Publications",
        "[Summarizing scientific papers with citation graphs](https://example.org/p1.pdf). Workshop on Scholarly Document Processing.",
        "",
        "[Classifying news articles by stance](https://example.org/p2.pdf). Computational Linguistics Journal.",
        "",
        "[Ranking preprints on arXiv](https://example.org/p3.pdf). Open Science Workshop.",
      ].join("\n"),
    );
    expect(papers(r)).toEqual(["Summarizing scientific papers with citation graphs", "Classifying news articles by stance", "Ranking preprints on arXiv"]);
  });

  it("keeps a plain-text CV's papers whose titles speak of papers or articles", async () => {
    const { resume } = await extractSource({
      path: "cv.txt",
      text: [
        "TOMAS EKBERG",
        "",
        "PUBLICATIONS",
        "",
        "Summarizing scientific papers with citation graphs. Workshop on Scholarly Document Processing.",
        "",
        "Classifying news articles by stance. Computational Linguistics.",
        "",
        "Tidal mixing in shallow seas. Journal of Coastal Studies.",
      ].join("\n"),
      format: "text",
      formatReason: "test",
    });
    expect(papers(resume)).toEqual(["Summarizing scientific papers with citation graphs", "Classifying news articles by stance", "Tidal mixing in shallow seas"]);
  });
});

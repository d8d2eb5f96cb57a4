import { describe, expect, it } from "vitest";
import { groupSections } from "../../src/parse/blocks.js";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { parsePlainText } from "../../src/parse/plain-text.js";
import { classifyTitle } from "../../src/parse/section-titles.js";

describe("section titles", () => {
  it("recognises synonyms, qualifiers and combined titles but not titles with a prefix", () => {
    expect(classifyTitle("Research Experience")).toBe("work");
    expect(classifyTitle("Academic milestones")).toBe("education");
    expect(classifyTitle("Publications & Patents")).toBe("publications");
    expect(classifyTitle("Selected Projects")).toBe("projects");
    expect(classifyTitle("Awards & Scholarships")).toBe("awards");
    expect(classifyTitle("Research Interests")).toBe("summary");
    expect(classifyTitle("Open-Source Contributions")).toBe("open-source");
    expect(classifyTitle("GPU0 Education")).toBeUndefined();
  });
});

describe("plain-text parsing", () => {
  it("finds headings framed by '|' lines and uses only that style", () => {
    const { lines } = parsePlainText("Summary\n|\nSome text here.\n|\nSKILLS\nNIO\n|\nWork Experience\n|\nx");
    expect(lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["Summary", "Work Experience"]);
  });

  it("reads a header's contacts set apart by '|' lines (Awesome-CV through pdftotext) as no framed headings, and finds the known titles", () => {
    const text = "Lena Vogt\n\n+49 151 2345 6789\n\n|\n\nlena@example.de\n\n|\n\nlenavogt.de\n\n|\n\nlvogt\n\n|\n\nlena-vogt\n\nSkills\nProgramming: Go, Rust\n\nExperience\nKestrel Data GmbH\nBackend Engineer\n\f";
    const { lines } = parsePlainText(text);
    expect(lines.filter((l) => l.kind === "heading").map((l) => l.text)).toEqual(["Skills", "Experience"]);
  });

  it("finds underlined headings and keeps their line numbers", () => {
    const { lines } = parsePlainText("Jane Doe\n\nExperience\n==========\nAcme\n");
    expect(lines.find((l) => l.kind === "heading")).toMatchObject({ text: "Experience", position: { line: 3, column: 1 } });
  });

  it("joins hard-wrapped bullet lines but keeps short header lines apart", () => {
    const { lines } = parsePlainText("Tencent\n(as Reed)\nBeijing, BJ\n- Built a runtime for\nHugging Face models.\n- Next bullet");
    expect(lines.map((l) => l.text)).toEqual(["Tencent", "(as Reed)", "Beijing, BJ", "Built a runtime for Hugging Face models.", "Next bullet"]);
  });

  it("reads bullets of every common kind, numbered ones included", () => {
    const { lines } = parsePlainText("• a\n– b\n* c\n1. d\n2) e\n");
    expect(lines.every((l) => l.kind === "bullet")).toBe(true);
  });

  it("folds ligatures and no-break spaces", () => {
    expect(parsePlainText("Ef\uFB01cient\u00A0systems").lines[0]!.text).toBe("Efficient systems");
  });
});

describe("Markdown parsing", () => {
  it("reads <b> as an entry lead, keeps tab-aligned dates and never copies tags", async () => {
    const { lines } = await parseMarkdownLines("## Awards\n\n<b>Award A</b> , body <u>x</u>\tNov 2023\n<b>Award B</b>\tOct 2022\n");
    const entries = lines.filter((l) => l.kind === "text");
    expect(entries.map((l) => l.lead)).toEqual(["Award A", "Award B"]);
    expect(entries[0]!.text).toBe("Award A , body x\tNov 2023");
    expect(entries[1]!.position.line).toBe(4);
  });

  it("reads struck-through words without their tildes, and leaves a tilde fence alone", async () => {
    const { lines } = await parseMarkdownLines("## Projects\n\n* ~~**[tidekit](https://example.org/t)**: a tide table tool~~ (deprecated)\n\n~~~\ncode\n~~~\n");
    expect(lines.map((l) => l.text)).toEqual(["Projects", "tidekit: a tide table tool (deprecated)", "code"]);
  });

  // the link sign itself is no word of the line (see "a link drawn only as an arrow or a link sign"): only its address is kept
  it("reads a reference-style link as a link to its definition's address", async () => {
    const { lines } = await parseMarkdownLines("## Projects\n\n- 2018: *Tide Atlas* [:link:][atlas]\n- Code on [GitHub][]\n\n[atlas]: https://example.org/atlas\n[github]: https://github.com/jodoe\n");
    expect(lines.filter((l) => l.kind === "bullet").map((l) => l.links)).toEqual([[{ text: "", url: "https://example.org/atlas" }], [{ text: "GitHub", url: "https://github.com/jodoe" }]]);
  });

  it("reads pandoc's and Quarto's attributes as nothing, a bracketed span as its words", async () => {
    const { lines } = await parseMarkdownLines("# Experience {#exp .unnumbered}\n\n- [2019–2021]{.year} — Analyst, Borealis Freight\n\nSkills {data-icon=wrench}\n------\n\n# Awards {-}\n");
    expect(lines.map((l) => `${l.kind} ${l.text}`)).toEqual(["heading Experience", "bullet 2019–2021 — Analyst, Borealis Freight", "heading Skills", "heading Awards"]);
  });

  it("treats a lone top heading as the document title and the next level as sections", async () => {
    const { lines } = await parseMarkdownLines("# Jane Doe\n\n## Education\n\n### MIT\n\ntext\n");
    const { documentTitle, blocks } = groupSections(lines);
    expect(documentTitle?.text).toBe("Jane Doe");
    expect(blocks.map((b) => b.title)).toEqual(["Education"]);
    expect(blocks[0]!.lines[0]!.kind).toBe("subheading");
  });

  it("unescapes \\* and drops emphasis markers", async () => {
    const { lines } = await parseMarkdownLines("A Wu\\*, *B Liu*, C Xu\n");
    expect(lines[0]!.text).toBe("A Wu*, B Liu, C Xu");
  });

  it("hands front matter over with its line", async () => {
    expect((await parseMarkdownLines("---\nname: Jane\n---\n# X\n")).frontMatter).toEqual({ text: "name: Jane", position: { line: 2, column: 1 }, format: "yaml" });
    expect((await parseMarkdownLines('+++\ntitle = "CV"\n+++\n# X\n')).frontMatter).toEqual({ text: 'title = "CV"', position: { line: 2, column: 1 }, format: "toml" });
  });
});

describe("bullets typed as glyphs in a paragraph", () => {
  it("reads '• Led …' lines kept apart by hard breaks as items, and a '◦' line as an item under the one before", async () => {
    const { lines } = await parseMarkdownLines("**Analyst |** Leeds **|** 2019 - 2021  \n• Built the reporting pipeline  \n◦ Cut its run time by half  \n• Trained new analysts\n", "cv.md");
    expect(lines.map((l) => [l.kind, l.depth, l.text])).toEqual([
      ["text", 0, "Analyst | Leeds | 2019 - 2021"],
      ["bullet", 0, "Built the reporting pipeline"],
      ["bullet", 1, "Cut its run time by half"],
      ["bullet", 0, "Trained new analysts"],
    ]);
  });

  it("leaves glyphs with plain lines between them as the entries' headers they open", async () => {
    const { lines } = await parseMarkdownLines("• Analyst, Fenwick Data, 2019 – 2021  \nBuilt the reporting pipeline.  \n• Junior Analyst, Orchard Bank, 2017 – 2019  \nWrote the risk dashboards.\n", "cv.md");
    expect(lines.map((l) => l.kind)).toEqual(["text", "text", "text", "text"]);
  });
});

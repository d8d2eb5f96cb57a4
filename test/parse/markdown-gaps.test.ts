import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";

async function lines(markdown: string): Promise<string[]> {
  const { lines } = await parseMarkdownLines(markdown, "cv.md");
  return lines.map((l) => `${l.position.line} ${l.kind}${l.depth} ${l.text}`);
}

describe("Markdown that CommonMark reads as plain paragraphs", () => {
  it("reads a definition list as its term, then each definition one level below it", async () => {
    expect(await lines("2019 - Acme University\n:   *Master of Science*\n\nSkills\n: Go, Rust\n: SQL\n")).toEqual([
      "1 text0 2019 - Acme University",
      "2 text1 Master of Science",
      "4 text0 Skills",
      "5 text1 Go, Rust",
      "6 text1 SQL",
    ]);
  });

  it("reads a definition written after a blank line, and the bullets under it", async () => {
    expect(await lines("Highlights:\n\n:   - Built a platform\n    - Led a guild\n")).toEqual([
      "1 text0 Highlights:",
      "3 bullet1 Built a platform",
      "4 bullet1 Led a guild",
    ]);
  });

  it("reads the blocks indented under a definition after a blank line as Markdown under it, not as code (pandoc_resume)", async () => {
    expect(await lines("**Stripe** (San Francisco, CA)\n:   *Senior Software Engineer*\n    2019-present\n\n    * Led the ledger migration.\n\n    *Minor: Linguistics*\n\nRackspace\n\n    code stays code\n")).toEqual([
      "1 text0 Stripe (San Francisco, CA)",
      "2 text1 Senior Software Engineer",
      "3 text1 2019-present",
      "5 bullet1 Led the ledger migration.",
      "7 text1 Minor: Linguistics",
      "9 text0 Rackspace",
      "11 text0 code stays code",
    ]);
  });

  it("reads a rule drawn in underscores between line breaks as no line, parting what is around it", async () => {
    const { lines: read } = await parseMarkdownLines("* B.S. in Physics, 2012\n\n<br>\n_________________\n<br>\n\nAcme\n", "cv.md");
    expect(read.map((l) => [l.text, l.gap])).toEqual([
      ["B.S. in Physics, 2012", true],
      ["Acme", true],
    ]);
  });

  it("reads `#Name` and `##Section` as headings", async () => {
    expect(await lines("#Jane Doe\nBerlin\n\n##Experience\nEngineer at Acme\n")).toEqual([
      "1 heading1 Jane Doe",
      "2 text0 Berlin",
      "4 heading2 Experience",
      "5 text0 Engineer at Acme",
    ]);
  });

  it("leaves `#word` lines alone in a document that writes hashtags, and in code", async () => {
    expect(await lines("#opentowork\n\nI love #rust\n")).toEqual(["1 text0 #opentowork", "3 text0 I love #rust"]);
    expect(await lines("```\n#include <x>\n```\n")).toEqual(["2 text0 #include <x>"]);
  });

  it("takes a YAML block closed by `...`, as pandoc writes it, as front matter", async () => {
    const parsed = await parseMarkdownLines("---\nname: Jane Doe\n...\n\n# Summary\n");
    expect(parsed.frontMatter?.text).toBe("name: Jane Doe");
    expect(parsed.lines.map((l) => l.text)).toEqual(["Summary"]);
  });

  it("reads the lists after a YAML block closed by `...` as lists, as after one closed by `---`", async () => {
    expect(await lines("---\nname: Jane Doe\n...\n\n## Experience\n\n- **Acme** / Engineer\n- **Initech** / Intern\n")).toEqual([
      "5 heading2 Experience",
      "7 bullet0 Acme / Engineer",
      "8 bullet0 Initech / Intern",
    ]);
  });
});

describe("line breaks", () => {
  it("start one new line at a `<br>` followed by a line end, never merging the next line back", async () => {
    expect(await lines("`Go` · `SQL`<br>\nused across teams\n")).toEqual(["1 text0 Go · SQL", "2 text0 used across teams"]);
  });
});

describe("styled runs of a line", () => {
  it("spell the line's text in order, each with its style", async () => {
    const { lines: read } = await parseMarkdownLines("**Acme**  |  *Engineer* at [Initech](https://initech.example) `Go`\n");
    expect(read[0]!.spans).toEqual([
      { text: "Acme", strong: true },
      { text: " | " },
      { text: "Engineer", emphasis: true },
      { text: " at " },
      { text: "Initech", url: "https://initech.example" },
      { text: " " },
      { text: "Go", code: true },
    ]);
    expect(read[0]!.spans!.map((s) => s.text).join("")).toBe(read[0]!.text);
  });

  it("come from HTML formatting as well, and are absent from a plain line", async () => {
    const { lines: read } = await parseMarkdownLines("<p><b>Acme</b> <i>Engineer</i></p>\n\nplain words\n");
    expect(read[0]!.spans).toEqual([{ text: "Acme", strong: true }, { text: " " }, { text: "Engineer", emphasis: true }]);
    expect(read[1]!.spans).toBeUndefined();
  });
});

describe("fenced code in Markdown", () => {
  it("leaves out a fence labelled with a programming language, saying so at its line, and keeps a plain fence's lines", async () => {
    const parsed = await parseMarkdownLines("Intro\n\n```bash\ncurl -s https://example.org/api\n```\n\n```\nGo, Rust\n```\n", "cv.md");
    expect(parsed.lines.map((l) => `${l.position.line} ${l.text}`)).toEqual(["1 Intro", "8 Go, Rust"]);
    expect(parsed.diagnostics?.map((d) => `${d.position?.line} ${d.ruleId}`)).toEqual(["3 program-code"]);
  });
});

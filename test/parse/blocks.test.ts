import { describe, expect, it } from "vitest";
import { groupSections } from "../../src/parse/blocks.js";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";

const group = async (markdown: string) => groupSections((await parseMarkdownLines(markdown, "cv.md")).lines);
const titles = async (markdown: string) => (await group(markdown)).blocks.map((b) => b.title);

describe("the heading level that holds the sections", async () => {
  it("takes sections from the level where known titles are, under a title heading", async () => {
    const md = "## PERSONAL RESUME\n\n### Education\n\nUni\n\n### Work Experience\n\n#### Acme\n\nDev\n";
    const { documentTitle, blocks } = await group(md);
    expect(documentTitle?.text).toBe("PERSONAL RESUME");
    expect(blocks.map((b) => b.title)).toEqual(["Education", "Work Experience"]);
    expect(blocks[1]!.lines[0]).toMatchObject({ kind: "subheading", text: "Acme" });
  });

  it("keeps employers and publication sub-lists under their section as sub-headings", async () => {
    const md = "# Jane Doe\n\n## Experience\n\n### Acme\n\n### Globex\n\n## Publications\n\n### Journal articles\n\n### Conference papers\n\n### Preprints\n";
    expect(await titles(md)).toEqual(["Experience", "Publications"]);
  });

  it("opens a section for a known title above the section level", async () => {
    const md = "# Summary\n\nHello.\n\n## Education\n\nUni\n\n## Skills\n\nGo\n";
    expect(await titles(md)).toEqual(["Summary", "Education", "Skills"]);
  });

  it("opens a section for a known title set deeper than the sections before the first of them", async () => {
    const md = "# 王小明\n\n### 教育经历\n\n2016-2020 华东大学：计算机学士\n\n## 获奖\n\n2019 一等奖\n\n## 项目\n\n### 数据平台\n\n搭建\n";
    expect(await titles(md)).toEqual(["教育经历", "获奖", "项目"]);
  });

  it("lets known sub-headings of an unknown heading be the sections", async () => {
    const md = "## Contact\n\nme@example.org\n\n## Curriculum\n\n### Experience\n\nAcme\n\n### Education\n\nUni\n";
    expect(await titles(md)).toEqual(["Contact", "Experience", "Education"]);
  });

  it("lets a standard section under a custom one stand on its own, with its siblings", async () => {
    const md = "## Experience\n\n### Acme\n\n#### Projects\n\nX\n\n## Activities\n\n### Awards\n\nPrize\n\n### Blog\n\nPosts\n";
    expect(await titles(md)).toEqual(["Experience", "Awards", "Blog"]);
  });

  it("falls back to the shallowest repeated level when no title is known", async () => {
    const md = "# Jane Doe\n\n## Alpha\n\ntext\n\n## Beta\n\ntext\n";
    const { documentTitle, blocks } = await group(md);
    expect(documentTitle?.text).toBe("Jane Doe");
    expect(blocks.map((b) => b.title)).toEqual(["Alpha", "Beta"]);
  });
});

describe("headings drawn as paragraphs in capitals", () => {
  it("opens a section for any title the document sets in capitals as it sets its known ones, but not for a school or a company", async () => {
    const md = [
      "<p>EDUCATION</p>", "", "<p>UTAH STATE UNIVERSITY</p>", "", "B.S. Physics, 2015", "",
      "<p>PUBLICATIONS</p>", "", "A paper, 2018.", "",
      "<p>DIGITAL HUMANITIES AND PUBLIC SCHOLARSHIP</p>", "", "Nov 6, 2017", "", "A talk.", "",
      "<p>ACME INC</p>", "", "Worked there.",
    ].join("\n");
    expect(await titles(md)).toEqual(["EDUCATION", "PUBLICATIONS", "DIGITAL HUMANITIES AND PUBLIC SCHOLARSHIP"]);
  });

  it("leaves a capital paragraph alone where the document draws no known title so", async () => {
    expect(await titles("## Experience\n\nGOOGLE RESEARCH LAB\n\nEngineer, 2019\n")).toEqual(["Experience"]);
  });
});

describe("headings a Japanese CV marks without heading markup", () => {
  it("reads a known title behind a square or in lenticular brackets as a section, and a square before anything else as it is", async () => {
    expect(await titles("山田 太郎\n\n■職務経歴\n\n2020年4月～現在　株式会社メルカリ\n\n【学歴】\n\n2017年3月　東京工業大学 卒業\n\n■ 決済基盤チームのマネジメント\n")).toEqual([undefined, "職務経歴", "学歴"]);
  });
});

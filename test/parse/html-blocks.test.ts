import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";

async function lines(markdown: string): Promise<string[]> {
  const { lines } = await parseMarkdownLines(markdown, "cv.md");
  return lines.map((l) => `${l.position.line} ${l.kind}${l.depth} ${l.text}`);
}

describe("HTML blocks in a Markdown CV", () => {
  it("read headings, list items and paragraphs as the Markdown they stand for, at their own lines", async () => {
    const html = '<section>\n  <h2>Experience</h2>\n  <div class="entry">\n    <div><strong>Engineer</strong></div>\n    <div class="meta">2020 - 2022</div>\n  </div>\n  <ul>\n    <li>Built things</li>\n  </ul>\n</section>\n';
    expect(await lines(html)).toEqual(["2 heading2 Experience", "4 text0 Engineer", "5 text0 2020 - 2022", "8 bullet0 Built things"]);
  });

  it("read a heading that holds a list of labelled contacts as the heading's own words, then the list, each label set apart from its value", async () => {
    const html = '<h1>\n  <span>林小雨</span>\n  <ul>\n    <li><span>电话</span>139 0000 1234</li>\n    <li><span>邮箱</span><a href="mailto:xiaoyu@example.com">xiaoyu@example.com</a></li>\n  </ul>\n</h1>\n\n## 教育经历\n';
    expect(await lines(html)).toEqual(["2 heading1 林小雨", "4 bullet0 电话\t139 0000 1234", "5 bullet0 邮箱\txiaoyu@example.com", "9 heading2 教育经历"]);
  });

  it("set a phrase in a span of a right-floating class apart from the words before it", async () => {
    const md = '### 星河科技<span class="right">2019.09 - 2022.06</span>\n\n### Acme Corp<span class="float-right">Engineer</span>\n';
    expect(await lines(md)).toEqual(["1 heading3 星河科技\t2019.09 - 2022.06", "3 heading3 Acme Corp\tEngineer"]);
  });

  it("read sibling divs of text as the lines of one paragraph, as a browser sets them, and paragraphs apart", async () => {
    const html = '<div class="job">\n<div class="company">Harbor Analytics</div>\n<div class="title">Data Engineer</div>\n<div class="date">May 2019 - Present</div>\n<p>Built the pipelines.</p>\n</div>\n';
    const { lines: read } = await parseMarkdownLines(html, "cv.md");
    expect(read.map((l) => [l.text, l.gap ?? false])).toEqual([
      ["Harbor Analytics", true],
      ["Data Engineer", false],
      ["May 2019 - Present", false],
      ["Built the pipelines.", true],
    ]);
  });

  it("keep divs apart that each hold a record of lines, or repeat the class of one before them", async () => {
    const html = '<div class="job"><b>Backend Engineer</b>, Fernwood Health<br>March 2021 – Present</div>\n<div class="job"><b>Intern</b>, Tidewater Labs<br>Summer 2016</div>\n<div class="job">Mentor, Code Club</div>\n<div class="job">Tutor, Lowtown Library</div>\n';
    const { lines: read } = await parseMarkdownLines(html, "cv.md");
    expect(read.filter((l) => l.gap).map((l) => l.text)).toEqual(["Backend Engineer, Fernwood Health", "Intern, Tidewater Labs", "Mentor, Code Club", "Tutor, Lowtown Library"]);
  });

  it("read list items written without a list as bullets", async () => {
    expect(await lines("<div>\n<h2>Career</h2>\n<li>Acme (2020 ~ 2021)</li>\n<li>Initech</li>\n</div>\n")).toEqual([
      "2 heading2 Career",
      "3 bullet0 Acme (2020 ~ 2021)",
      "4 bullet0 Initech",
    ]);
  });

  it("keep every cell of a table without a header row", async () => {
    const { lines: read } = await parseMarkdownLines("<table>\n<tr><td>Go</td><td>Rust</td></tr>\n<tr><td>SQL</td><td>Bash</td></tr>\n</table>\n");
    expect(read.map((l) => l.cells)).toEqual([["Go", "Rust"], ["SQL", "Bash"]]);
  });

  it("join a table cell's wrapped lines into one, as a browser shows them, but keep a line after a <br> or opening a bullet", async () => {
    const html = [
      "<table>",
      "<tr><td>2016–19</td><td>Research Fellow, Quayside Blue",
      "Coastal Science</td></tr>",
      "<tr><td>2012</td><td>BA in Marine Biology, Harbour",
      "University</td></tr>",
      "<tr><td>2019–</td><td>Lead Analyst, Quayside<br>Oyster Data Lab</td></tr>",
      "<tr><td>2020</td><td>",
      "* Built the tide model",
      "* Wrote the reports",
      "</td></tr>",
      "</table>",
      "",
    ].join("\n");
    const { lines: read } = await parseMarkdownLines(html, "cv.md");
    expect(read.map((l) => l.text)).toEqual([
      "2016–19 | Research Fellow, Quayside Blue Coastal Science",
      "2012 | BA in Marine Biology, Harbour University",
      "2019– | Lead Analyst, Quayside",
      "Oyster Data Lab",
      "2020 | * Built the tide model",
      "* Wrote the reports",
    ]);
  });

  it("read the Markdown between the tags of an HTML element", async () => {
    expect(await lines('<details open>\n<summary>Skills</summary>\n\n- Python\n- SQL\n\n</details>\n\n<div markdown="1">\n\n## Education\n\n</div>\n')).toEqual([
      "2 heading2 Skills",
      "4 bullet0 Python",
      "5 bullet0 SQL",
      "11 heading2 Education",
    ]);
  });

  it("read the Markdown inside tags nested in one that asks for it, each at its own line (kramdown's row and column divs)", async () => {
    expect(await lines('<div markdown="1">\n<div markdown="1">\n# Lena Okafor\n</div>\n</div>\n\n## Experience\n')).toEqual(["3 heading1 Lena Okafor", "7 heading2 Experience"]);
  });

  it("set a right-floated date and the words around an icon apart from the title like a tab", async () => {
    expect(await lines('Data Analyst<span style="float: right;">Jan 2021 - Present</span>\n\n### <i class="fa fa-building"></i> Acme <i class="fa fa-dot"></i> Engineer\n')).toEqual([
      "1 text0 Data Analyst\tJan 2021 - Present",
      "3 heading3 Acme\tEngineer",
    ]);
  });

  it("decode entities and read a wide space as a tab", async () => {
    expect(await lines("- 2018 &minus; 2021 &emsp; Developer at Acme\n\n<p>Caf&eacute;&nbsp;Bar &amp; Co</p>\n")).toEqual([
      "1 bullet0 2018 − 2021\tDeveloper at Acme",
      "3 text0 Café Bar & Co",
    ]);
  });

  it("keep the alt text of a remote badge that stands alone and drop the image", async () => {
    expect(await lines('<p align="center">\n  <img src="https://img.shields.io/badge/Kubernetes-blue" alt="Kubernetes">\n</p>\n')).toEqual(["2 text0 Kubernetes"]);
  });

  it("read indented markup after a blank line inside an HTML block as HTML, not as code", async () => {
    const html = '<section>\n  <p class="date">2019</p>\n\n      <p class="date">2011</p>\n        <div><em>M.A., Acme University</em></div>\n</section>\n\n    const x = 1;\n';
    expect(await lines(html)).toEqual(["2 text0 2019", "4 text0 2011", "5 text0 M.A., Acme University", "8 text0 const x = 1;"]);
  });

  it("keep a badge's alt text only where it adds to its link's own words", async () => {
    expect(await lines('<a href="https://github.com/jane"><img src="https://example.com/gh.png" alt="GitHub"> GitHub</a> and [![Docker](https://img.shields.io/b)](https://docker.com)\n')).toEqual([
      "1 text0 GitHub and Docker",
    ]);
  });

  it("keep on one line the links a separator joins across the lines of a block", async () => {
    expect(await lines('<div>\n<a href="mailto:jane@example.com">Mail: jane@example.com</a>\n| <a href="https://github.com/jane">GitHub: github.com/jane</a>\n</div>\n')).toEqual([
      "2 text0 Mail: jane@example.com | GitHub: github.com/jane",
    ]);
  });

  it("set a details block's summary in bold, as an entry's title, or keep the heading written in it", async () => {
    const { lines: read } = await parseMarkdownLines("<details>\n<summary>Acme, Engineer</summary>\n<p>Built things</p>\n</details>\n\n<details><summary><h2>Skills</h2></summary>Go</details>\n");
    expect(read.map((l) => [l.kind, l.text, l.lead])).toEqual([
      ["text", "Acme, Engineer", "Acme, Engineer"],
      ["text", "Built things", undefined],
      ["heading", "Skills", undefined],
      ["text", "Go", undefined],
    ]);
  });

  it("read a run of Markdown blocks between HTML headings, and Markdown blocks inside an HTML list item, each at its line", async () => {
    const markdown = '<h2>Talks</h2>\n\n### 2021\n\n1. Fast solvers\n\n[a]: http://a.org\n[b]: http://b.org\n\nInvited.\n\n<h2>Teaching</h2>\n\n<ul><li>\n\nCS 4220\n\nCS 6210\n\n</li></ul>\n';
    expect(await lines(markdown)).toEqual(["1 heading2 Talks", "3 heading3 2021", "5 bullet0 Fast solvers", "10 text0 Invited.", "12 heading2 Teaching", "16 bullet0 CS 4220", "18 text1 CS 6210"]);
  });
});

describe("a link drawn only as an arrow or a link sign", () => {
  it("adds no words to the line it ends, in Markdown or in HTML", async () => {
    const source = [
      "## Education",
      "",
      "- B.Sc. Physics, Tamsworth University [↗](https://tamsworth.example.edu/)",
      '- M.Sc. Optics, Harrowgate College <a href="https://harrowgate.example.edu/">↩︎</a>',
      "- Summer school, Lindqvist Institute [🔗](https://lindqvist.example.org/)",
      "",
    ].join("\n");
    const { lines } = await parseMarkdownLines(source, "cv.md");
    expect(lines.map((l) => l.text)).toEqual(["Education", "B.Sc. Physics, Tamsworth University", "M.Sc. Optics, Harrowgate College", "Summer school, Lindqvist Institute"]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** What a profile README prints around its CV, read as no field of it: each on an invented page. */
describe("profile READMEs read no more than a person would", () => {
  it("reads a projects heading that goes on in a clause about its author ('## 🔧 Projects I'm currently building / maintaining:')", async () => {
    const r = await readMarkdown(
      "# Mira Tanaka\n\n## 🔧 Projects I’m currently building / maintaining:\n\n### [Pebblecast](https://github.com/example/pebblecast)\n\nA podcast feed tidier.\n",
    );
    expect((r.projects ?? []).map((p) => p.name)).toEqual(["Pebblecast"]);
  });

  it("takes no skill from the caption of one picture of many skills' icons ('alt=\"MySkills\"'), but keeps a single icon's", async () => {
    const skills = async (alt: string) => {
      const r = await readMarkdown(`# Mira Tanaka\n\n## 💻 Skills\n\n<div align="center">\n  <img src="https://icons.example.dev/icons?i=go,rust" alt="${alt}" />\n</div>\n`);
      return (r.skills ?? []).map((s) => s.name);
    };
    expect(await skills("MySkills")).toEqual([]);
    expect(await skills("Tech Stack")).toEqual([]);
    expect(await skills("Rust")).toEqual(["Rust"]);
  });

  it("reads a study a table sets in two rows, degree beside dates over school beside grade, as one study", async () => {
    const r = await readMarkdown(
      "# Mira Tanaka\n\n## 🎓 Education\n\n| **Degree / School** | **Years / Grade** |\n|---|---|\n| 📜 **Bachelor of Science (Applied Physics)** | 📆 **2016 - 2020** |\n| 🏫 **Northfield Institute of Technology** | 📈 **GPA**: 3.8 / 4 |\n",
    );
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([
      ["Northfield Institute of Technology", "Bachelor of Science", "Applied Physics", "2016", "2020"],
    ]);
  });

  it("opens a section at a closing call to get in touch set a level deeper ('### 📫 Let's Connect! Feel free to …'), no school of the section above", async () => {
    const r = await readMarkdown(
      "# Mira Tanaka\n\n## Education\n\n* BSc Physics - Northfield University - 2019\n\n### 📫 **Let’s Connect!** Feel free to reach out to talk about anything!\n\n[mira@example.org](mailto:mira@example.org)\n\n## Skills\n\n* Go\n\n### How to reach me\n\n[mira@example.org](mailto:mira@example.org)\n",
    );
    expect((r.education ?? []).map((e) => e.institution)).toEqual(["Northfield University"]);
    expect((r.skills ?? []).map((s) => s.name)).toEqual(["Go"]);
    expect(r.basics?.email).toBe("mira@example.org");
  });

  it("drops a heading that only captions profile widgets' live pictures ('<h3>Contribution Stats</h3>' over a stats card), no project of the section above", async () => {
    const r = await readMarkdown(
      '# Mira Tanaka\n\n## Projects\n\n### Pebblecast\n\nA podcast feed tidier.\n\n<div align="center">\n  <h3>Contribution Stats</h3>\n  <img src="https://github-readme-stats.vercel.app/api?username=mira" alt="stats" />\n</div>\n\n### Tidewatch\n\n<img src="https://github-readme-stats.vercel.app/api/pin/?username=mira&repo=tidewatch" alt="card" />\n\nA tide chart in the terminal.\n',
    );
    expect((r.projects ?? []).map((p) => p.name)).toEqual(["Pebblecast", "Tidewatch"]);
  });

  it("reads the Markdown right under a rule or a break alone on its line ('## Projects' / '<hr>' / '- [Pebblecast](…) …') as Markdown", async () => {
    const r = await readMarkdown("# Mira Tanaka\n\n## Projects\n<hr>\n- [Pebblecast](https://example.org/pebblecast) Podcast feed tidier<br>\n  - Written in Go\n\n## Skills\n<hr>\nGo, Rust\n");
    expect((r.projects ?? []).map((p) => [p.name, p.url])).toEqual([["Pebblecast", "https://example.org/pebblecast"]]);
  });
});

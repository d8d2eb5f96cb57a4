import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Skills tables whose columns after the first say something of the skill the row names, on invented CVs. */
describe("a skills table of names and what is said of them", () => {
  it("lists the first column's skills under the heading, with no version, years or purpose as a skill", async () => {
    const r = await readMarkdown(
      [
        "# 山田 花子",
        "",
        "## スキル",
        "",
        "### プログラミング言語",
        "",
        "| 言語 | バージョン | 経験年数 | 利用目的 |",
        "|---|---|---|---|",
        "| Python | 3.8 ~ | 4年 | データ分析,可視化 |",
        "| Go | 1.20 | 2年 | API開発 |",
        "| SQL | -- | 5年 | 集計 |",
      ].join("\n"),
    );
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([["プログラミング言語", ["Python", "Go", "SQL"]]]);
  });

  it("keeps a table that only rates its skills as rated skills", async () => {
    const r = await readMarkdown(["# Jan Nowak", "", "## Skills", "", "| Language | Years |", "|---|---|", "| Go | 3 years |", "| Rust | 1 year |"].join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Go", "Rust"]);
  });

  it("keeps the versions and years of such a table in the catch-all rather than dropping them", async () => {
    const r = await readMarkdown(
      ["# Jan Nowak", "", "## Skills", "", "| Language | Version | Years |", "|---|---|---|", "| Python | 3.11 | 4 years |", "| Go | 1.21 | 2 years |"].join("\n"),
    );
    expect(r.skills?.flatMap((s) => s.keywords ?? [s.name])).toEqual(["Python", "Go"]);
    expect(JSON.stringify(r)).toContain("3.11");
  });

  it("keeps the skills of an ordinary 'Category | Details' table as its rows' keywords", async () => {
    const r = await readMarkdown(
      ["# Jan Nowak", "", "## Skills", "", "| Category | Details |", "|---|---|", "| Languages | Python, Go, TypeScript |", "| Databases | PostgreSQL, Redis |"].join("\n"),
    );
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Python", "Go", "TypeScript"]],
      ["Databases", ["PostgreSQL", "Redis"]],
    ]);
  });

  it("keeps the skills of a Japanese '分類 | 内容' table and an 'Area | Experience' table as keywords", async () => {
    const ja = await readMarkdown(["# 山田 花子", "", "## スキル", "", "| 分類 | 内容 |", "|---|---|", "| 言語 | Java, Python, Go |"].join("\n"));
    expect(ja.skills?.map((s) => [s.name, s.keywords])).toEqual([["言語", ["Java", "Python", "Go"]]]);
    const en = await readMarkdown(["# Jan Nowak", "", "## Skills", "", "| Area | Experience |", "|---|---|", "| Backend | Java, Spring Boot, Kafka |"].join("\n"));
    expect(en.skills?.map((s) => [s.name, s.keywords])).toEqual([["Backend", ["Java", "Spring Boot", "Kafka"]]]);
  });
});

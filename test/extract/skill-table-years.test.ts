import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Skills tables of a group, its tools and how long they were used, on invented CVs. */
describe("a skills table of groups, tools and years", () => {
  it("reads each row as a group named by its first cell, the ideographic comma parting its tools, and no years as a keyword", async () => {
    const r = await readMarkdown(
      [
        "# 山田 太郎",
        "",
        "## スキル",
        "",
        "| カテゴリ | 技術・ツール | 実務経験年数 |",
        "| --- | --- | --- |",
        "| 言語 | Go、Python | 約5年 |",
        "| データベース | MySQL、Redis | 約4年 |",
      ].join("\n"),
    );
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["言語", ["Go", "Python"]],
      ["データベース", ["MySQL", "Redis"]],
    ]);
    expect(JSON.stringify(r)).toContain("約5年");
  });

  it("takes no column of years for a group of skills where every cell holds one item", async () => {
    const r = await readMarkdown(
      ["# Jan Nowak", "", "## Skills", "", "| Category | Tool | Years |", "|---|---|---|", "| Languages | Go | 5 |", "| Databases | PostgreSQL | 3 |"].join("\n"),
    );
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Go"]],
      ["Databases", ["PostgreSQL"]],
    ]);
  });
});

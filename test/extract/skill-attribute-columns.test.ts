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
});

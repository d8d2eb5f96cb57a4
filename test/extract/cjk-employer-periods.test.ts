import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";
import { findDates } from "../../src/extract/dates.js";

describe("a 職務経歴書 whose employers' periods are labelled parts of each entry", () => {
  it("reads a later month in one digit after a start written year then month as that month of the same year", () => {
    expect(findDates("2023/4 ~ 8")[0]).toMatchObject({ start: "2023-04", end: "2023-08", range: true });
    expect(findDates("2023/4 - 6 people")[0]?.range).toBe(false);
  });

  it("takes no phrase whose Han words are joined by kana (a particle, an inflection) for the owner's name", async () => {
    const r = await readMarkdown(["# 職務経歴書", "", "**個人での制作**", "", "Web サイトの制作と運用", "", "## 職務経歴", "", "### 株式会社サクラテック", "2022/4 ~ 2023/3"].join("\n"));
    expect(r.basics?.name).toBeUndefined();
  });

  it("reads company headings dated by a labelled period line, under marked labels repeated in each entry, as jobs", async () => {
    const r = await readMarkdown(
      [
        "# 職務経歴書",
        "",
        "<details open>",
        "<summary>",
        "業務での実績",
        "</summary>",
        "",
        "### [株式会社サクラテック](https://sakura.example.jp/)",
        "",
        "【概要】",
        "物流管理システムの開発",
        "",
        "【期間】2023/4 ~ 8",
        "",
        "【業務内容】",
        "- API の実装",
        "",
        "### [株式会社 Kumo Labs](https://kumo.example.jp/)",
        "",
        "[概要]",
        "社内ツールの開発",
        "",
        "[期間] 2023/10 ~ 2024/6",
        "",
        "[業務内容]",
        "- フロントエンドの実装",
        "",
        "</details>",
      ].join("\n"),
    );
    expect(r.basics?.name).toBeUndefined();
    expect(r.work?.map((w) => [w.name, w.startDate, w.endDate])).toEqual([
      ["株式会社サクラテック", "2023-04", "2023-08"],
      ["株式会社 Kumo Labs", "2023-10", "2024-06"],
    ]);
    expect(r.basics?.summary ?? "").not.toContain("物流管理");
  });
});

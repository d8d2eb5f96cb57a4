import { describe, expect, it } from "vitest";
import { extractSource } from "../../support/extract.js";

describe("projects written as headings at a job's level", () => {
  it("joins a 職務経歴書's projects, each over its duties or its role, to the company above", async () => {
    const text = [
      "# 山田 太郎",
      "",
      "## 職務経歴",
      "",
      "### 株式会社サンプル (2018年4月 ~ 現在)",
      "",
      "#### 担当業務",
      "",
      "- 社内システムの保守",
      "",
      "### 在庫管理システム開発 (2019年1月 ~ 2020年3月)",
      "",
      "#### 担当工程",
      "",
      "- 要件定義、設計、実装",
      "",
      "### 決済基盤の刷新 (2020年4月 ~ 現在)",
      "",
      "#### プロジェクトリーダー",
      "",
      "- 移行計画の策定",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.startDate])).toEqual([["株式会社サンプル", "2018-04"]]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Japanese job titles written with Latin abbreviations; invented CVs. */
describe("a Japanese job title in Latin letters glued to CJK text", () => {
  it("reads 社内SE (in-house systems engineer) after its employer as the role, no part of the company's name", async () => {
    const r = await readMarkdown(["# 佐藤 健", "", "## 職歴", "", "- 2015年4月〜2019年3月 株式会社ミドリ Webエンジニア", "- 2019年4月〜現在 株式会社アオバ 社内SE"].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([
      ["株式会社ミドリ", "Webエンジニア"],
      ["株式会社アオバ", "社内SE"],
    ]);
  });
});

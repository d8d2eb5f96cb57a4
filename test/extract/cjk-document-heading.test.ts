import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** A CV's first heading that holds its owner's name with the document's type; invented CVs. */
describe("a first heading of name, role and document type", () => {
  it("reads the name alone from a Korean heading that adds a role and the document's type", async () => {
    const r = await readMarkdown(["# 김하늘 연구자 경력기술서", "", "이메일: sky@example.com", "", "## 경력", "", "### 북극성테크 (선임 연구원)", "2021.03 ~ 현재"].join("\n"));
    expect(r.basics?.name).toBe("김하늘");
  });

  it("keeps the sections under a Japanese heading of name and document type, reading the name alone", async () => {
    const r = await readMarkdown(["# 山田花子 職務経歴書", "", "## 職務経歴", "", "### ノースウィンド株式会社 (エンジニア)", "2021年4月 〜 現在"].join("\n"));
    expect(r.basics?.name).toBe("山田花子");
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([["ノースウィンド株式会社", "エンジニア", "2021-04"]]);
  });
});

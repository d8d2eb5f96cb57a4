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
});

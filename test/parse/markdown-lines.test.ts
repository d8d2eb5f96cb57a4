import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const parse = async (text: string) => (await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" })).resume;

describe("a key/value table's header row", () => {
  it("leaves out a key/value table's column names, which name no field", async () => {
    const r = await parse(["# 職務経歴書", "", "| title  | value |", "| ------ | ----- |", "| 名前 | 森田花子 |", "| GitHub | https://github.com/hanamorita |", "", "## 基本情報", "|key|value|", "|----|----|", "|Birth|1990/01/02|"].join("\n"));
    expect(r.basics?.name).toBe("森田花子");
    expect(JSON.stringify(r.sections ?? [])).not.toMatch(/title \| value|key \| value/);
  });
});

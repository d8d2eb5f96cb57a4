import { describe, expect, it } from "vitest";
import { extractSource } from "../../support/extract.js";

const parse = async (text: string) => (await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" })).resume;

describe("weighPhrase", () => {
  it("takes no project heading under a Chinese employer for the job's title, though a role's word is in it", async () => {
    const r = await parse(
      ["# 工作经历", "", "## 某某医疗科技有限公司 （ 2016年10月 ~ 2018年1月 ）", "", "### 好医到家医生端V3项目", "", "> 本人负责该项目的架构设计和代码编写。", "", "## 某某信息技术有限公司 （ 2015年11月 — 2016年9月 ）", "", "### 某某贷项目"].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([
      ["某某医疗科技有限公司", undefined],
      ["某某信息技术有限公司", undefined],
    ]);
  });
});

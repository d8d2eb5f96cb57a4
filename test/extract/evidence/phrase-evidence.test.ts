import { describe, expect, it } from "vitest";
import { extractSource } from "../../support/extract.js";
import { roleBeforeUnit } from "../../../src/extract/evidence/phrase-evidence.js";

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

describe("a role held in a unit of its employer", () => {
  it("reads the unit after 'in the' as a unit, the role before it", () => {
    expect(roleBeforeUnit("Assistant Professor in the School of Business")).toBe("Assistant Professor");
  });

  it("reads an organisation or a school after a bare 'in' as the employer, no unit", () => {
    expect(roleBeforeUnit("Software Engineer in Quillon Group")).toBeUndefined();
    expect(roleBeforeUnit("Teaching Assistant in Harbour College")).toBeUndefined();
  });
});

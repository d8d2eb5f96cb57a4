import { describe, expect, it } from "vitest";
import { extractSource, readMarkdown } from "../support/extract.js";

/** Chinese and Korean CVs: a school among the personal details, and a job's text set out year by year. */
describe("personal details and yearly headings", () => {
  it("reads a school written where the template's details line puts the name, beside the gender, as the study", async () => {
    const r = await readMarkdown(
      [
        "李明的简历",
        "====",
        "",
        "个人信息",
        "----",
        "* 南湖理工大学/男/1994",
        "* 工作经验：5年",
        "",
        "工作经历",
        "----",
        "### 青禾数据有限公司 (2018/03---至今)",
        "负责后端开发",
      ].join("\n"),
    );
    expect(r.education).toEqual([{ institution: "南湖理工大学" }]);
  });

  it("keeps a job's year-by-year sub-headings in the job, though one of them holds a role's word", async () => {
    const r = await readMarkdown(
      [
        "# 김하늘",
        "",
        "## 경력",
        "",
        "### 한빛헬스 | 프론트엔드 개발자",
        "",
        "**2021.03 ~ 2024.12**",
        "",
        "#### **2024년 - 성능 최적화**",
        "- 페이지 로딩 개선",
        "",
        "#### **2023년 - 관리 시스템 개발**",
        "- 관리자 화면 개발",
        "",
        "#### **2022년 - 국제화**",
        "- 다국어 지원",
        "",
        "#### **2021년 - 신입 개발자로서의 적응**",
        "- 로그인 개선",
        "",
        "### 별빛여행 | 프론트엔드 개발자",
        "",
        "**2019.05 ~ 2021.02**",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["한빛헬스", "프론트엔드 개발자", "2021-03", "2024-12"],
      ["별빛여행", "프론트엔드 개발자", "2019-05", "2021-02"],
    ]);
  });

  it("keeps roles written 'Role | dates' under an employer whose dated project headings outnumber them", async () => {
    const text = ["# Jane Roe", "## Experience", "### Acme Corp", "#### Senior Software Engineer | 2021 - 2023", "- Led the payments team", "#### Software Engineer | 2019 - 2021", "- Built the checkout", "#### Checkout rewrite | 2022", "- Moved checkout to React", "#### Fraud detection | 2020", "- Trained a model", "#### Data platform | 2019", "- Kafka pipelines"].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect((resume.work ?? []).map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Acme Corp", "Senior Software Engineer", "2021"],
      ["Acme Corp", "Software Engineer", "2019"],
    ]);
  });
});

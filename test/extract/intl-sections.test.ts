import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/** Section titles, contents lists and details as CVs in Chinese, Japanese, Korean and European languages write them, each on an invented CV. */
async function parse(text: string): Promise<Resume> {
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);
const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.area, e.studyType, e.endDate]);

describe("a work heading that says how long the career has run", () => {
  it("reads '경력 : 4년 3개월' and 'Опыт работы: 3 года' as the work they head", async () => {
    const ko = await parse(
      [
        "# 김하늘",
        "",
        "## 💼 경력 : 4년 3개월",
        "",
        "### 하늘소프트 (2021.03 - 재직 중, 4년 3개월)",
        "",
        "**선임 연구원** 2022.01 – 재직 중, 3년 5개월",
        "",
        "- 결제 모듈 개발",
        "",
        "**연구원** 2021.03 – 2021.12, 10개월",
        "",
        "- 테스트 자동화",
      ].join("\n"),
    );
    expect(jobs(ko)).toEqual([
      ["하늘소프트", "선임 연구원", "2022-01", undefined],
      ["하늘소프트", "연구원", "2021-03", "2021-12"],
    ]);
    const ru = await parse(["# Иван Петров", "", "## Опыт работы: 3 года", "", "### ООО «Пример» — Разработчик", "Март 2019 — Февраль 2022", "", "- Поддержка API"].join("\n"));
    expect(jobs(ru)).toEqual([["ООО «Пример»", "Разработчик", "2019-03", "2022-02"]]);
  });
});

describe("a career's summary whose qualifier is in angle brackets", () => {
  it("reads '職務経歴<概要>' as the summary, and '職務経歴<現職>' as the jobs", async () => {
    const r = await parse(
      ["# 職務経歴<概要>", "", "- 推薦アルゴリズムの開発", "- 広告データの分析", "", "# 職務経歴<現職>", "", "## 株式会社サンプル(2018/07/01 ~ 現在)", "- 配信システムの改善"].join("\n"),
    );
    expect(jobs(r)).toEqual([["株式会社サンプル", undefined, "2018-07", undefined]]);
    expect(r.basics?.summary).toContain("推薦アルゴリズムの開発");
  });
});

describe("a table of contents", () => {
  it("takes a list of the document's own headings under its title for its contents: no name, no section", async () => {
    const ja = await parse(
      ["# 職務経歴書", "", "# 目次", "", "- 職務要約", "- 職務経歴", "", "# 職務要約", "", "バックエンドエンジニアです。", "", "# 職務経歴", "", "## 株式会社サンプル(2019/04 ~ 現在)", "- API開発"].join("\n"),
    );
    expect(ja.basics?.name).toBeUndefined();
    expect(ja.sections ?? []).toEqual([]);
    expect(jobs(ja)).toEqual([["株式会社サンプル", undefined, "2019-04", undefined]]);
    const en = await parse(
      ["# Jane Doe", "", "## Contents", "", "1. [Experience](#experience)", "2. [Education](#education)", "", "## Experience", "", "### Acme — Engineer", "2019 – 2021", "", "## Education", "", "- Eastvale University, BSc Physics, 2018"].join("\n"),
    );
    expect(en.basics?.name).toBe("Jane Doe");
    expect(en.sections ?? []).toEqual([]);
  });

  it("keeps a list that names anything besides the document's headings", async () => {
    const r = await parse(["# Jane Doe", "", "## Index", "", "- Experience", "- Ten years of Kafka", "", "## Experience", "", "### Acme — Engineer", "2019 – 2021"].join("\n"));
    expect(r.sections?.map((s) => s.title)).toEqual(["Index"]);
  });
});

describe("a line that says when the CV was last updated", () => {
  it("keeps 'Last updated: March 2024' and '최종 수정: 2025.07' out of the section they close", async () => {
    const en = await parse(["# Jane Doe", "", "## Education", "", "- **Eastvale University**, BSc Physics (2014 – 2018)", "", "*Last updated: March 2024*"].join("\n"));
    expect(schools(en)).toEqual([["Eastvale University", "Physics", "BSc", "2018"]]);
    expect(en.sections ?? []).toEqual([]);
    const ko = await parse(["# 김하늘", "", "## 학력", "", "- **한빛대학교**, 컴퓨터공학 학사 (2014.03 – 2018.02)", "", "<br>", "", "*최종 수정: 2025.07*"].join("\n"));
    expect(schools(ko)).toEqual([["한빛대학교", "컴퓨터공학", "학사", "2018-02"]]);
  });
});

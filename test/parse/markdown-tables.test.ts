import { describe, expect, it } from "vitest";
import { parseMarkdownLines } from "../../src/parse/markdown-lines.js";
import { extractSource } from "../support/extract.js";

describe("a Markdown table", () => {
  it("keeps its header row as a line of text marked as the table's header, and its body rows as rows", async () => {
    const { lines } = await parseMarkdownLines("| Name | 髙橋孝幸 |\n| --- | --- |\n| Sex | M |\n", "cv.md");
    expect(lines.map((l) => [l.kind, l.text, l.tableHeader ?? false])).toEqual([
      ["text", "Name | 髙橋孝幸", true],
      ["row", "Sex | M", false],
    ]);
  });

  it("leaves the column names of an entries table to the section's catch-all, never dropped", async () => {
    const text = "# Jane Doe\n\n## Education\n\n| Degree | Institution | Years |\n| --- | --- | --- |\n| BSc Physics | ETH Zürich | 2010 – 2013 |\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.education).toHaveLength(1);
    expect(resume.sections?.[0]?.items).toEqual([{ summary: "Degree | Institution | Years" }]);
  });
});

describe("a Markdown table whose first column sorts its rows by category", () => {
  it("makes each run of rows of one category a section of that title, the rows going on without the category's cell", async () => {
    const { lines } = await parseMarkdownLines(
      ["## 학력 & 자격증", "", "| 구분 | 내용 | 기간 |", "|---|---|---|", "| 학력 | 한빛대학교 경영학 학사 | 2016 - 2020 |", "| 자격증 | 정보처리기사 | 2020.11 |", "| 자격증 | SQLD | 2021.05 |"].join("\n"),
      "cv.md",
    );
    expect(lines.map((l) => [l.kind, l.text])).toEqual([
      ["heading", "학력 & 자격증"], ["heading", "학력"], ["text", "내용 | 기간"], ["row", "한빛대학교 경영학 학사 | 2016 - 2020"],
      ["heading", "자격증"], ["row", "정보처리기사 | 2020.11"], ["row", "SQLD | 2021.05"],
    ]);
  });

  it("reads the degree of such a table as a study and its certificates and award as no school", async () => {
    const text = [
      "# 홍길동", "", "## Education & Certifications", "", "| 구분 | 내용 | 기간 |", "|:---:|---|:---:|", "| 학력 | 한빛대학교 경영학 학사 졸업 | 2016 - 2020 |",
      "| 자격증 | 정보처리기사 | 2020.11 |", "| 수상 | 사내 우수사원상 | 2021.12 |",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.education?.map((e) => [e.institution, e.area, e.studyType])).toEqual([["한빛대학교", "경영학", "학사"]]);
    expect([resume.certificates?.map((c) => c.name), resume.awards?.map((a) => a.title)]).toEqual([["정보처리기사"], ["사내 우수사원상"]]);
  });

  it("leaves a table of labels and values headed 구분 as it is", async () => {
    const { lines } = await parseMarkdownLines("| 구분 | 내용 |\n|---|---|\n| 이메일 | a@example.org |\n| 학력 | 한빛대학교 |\n", "cv.md");
    expect(lines.map((l) => l.kind)).toEqual(["text", "row", "row"]);
  });

  it("leaves a table sorted by categories that title no sections as it is ('정규직' / '인턴', '프레임워크' beside '자격증')", async () => {
    for (const table of [
      "| 구분 | 회사명 | 담당업무 | 기간 |\n|---|---|---|---|\n| 정규직 | 한빛소프트 | 백엔드 개발 | 2020.03 - 2023.02 |\n| 인턴 | 누리랩 | QA | 2019.07 - 2019.08 |\n| 자격증 | 정보처리기사 | | 2020.11 |\n",
      "| 구분 | 내용 | 수준 |\n|---|---|---|\n| 개발 언어 | Java, Python | 상 |\n| 프레임워크 | Spring, Django | 중 |\n| 자격증 | 정보처리기사 | |\n| 수상 | 사내 우수사원상 | |\n",
    ]) {
      const { lines } = await parseMarkdownLines(table, "cv.md");
      expect(lines.some((l) => l.kind === "heading")).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate]);

/** Job headings that write the title in brackets after the employer; invented CVs. */
describe("a job heading written 'Company (Title)'", () => {
  it("reads the name before the brackets as the employer and the bracketed title as the role", async () => {
    const r = await readMarkdown([
      "# Jane Roe", "", "## Experience", "",
      "### Northwind (Site Reliability Engineer)", "2021-04 – present", "", "- Ran the platform", "",
      "### Tailspin, Data Platform Team (Backend Developer)", "2018-04 – 2021-03", "", "- Built pipelines",
    ].join("\n"));
    expect(jobs(r)).toEqual([
      ["Northwind", "Site Reliability Engineer", "2021-04", undefined],
      ["Tailspin", "Backend Developer", "2018-04", "2021-03"],
    ]);
    expect(r.work?.[1]?.description).toBe("Data Platform Team");
  });

  it("drops a label that says the job is the current or a past one before the employer", async () => {
    const r = await readMarkdown([
      "# 職務経歴書", "", "## 職務経歴", "",
      "### 現職: ノースウィンド株式会社 (インフラエンジニア)", "2021年4月 〜 現在", "", "- 基盤の運用", "",
      "### 前職: テイルスピン株式会社 (バックエンドエンジニア)", "2018年4月 〜 2021年3月", "", "- API 開発",
    ].join("\n"));
    expect(jobs(r)).toEqual([
      ["ノースウィンド株式会社", "インフラエンジニア", "2021-04", undefined],
      ["テイルスピン株式会社", "バックエンドエンジニア", "2018-04", "2021-03"],
    ]);
  });
});

describe("a table of jobs", () => {
  it("reads a range written with a spaced slash in one cell as its start and its end", async () => {
    const r = await readMarkdown([
      "# 職務経歴書", "", "## 職務経歴", "", "| 期間 | 会社名 | 役職 |", "|---|---|---|",
      "| 2022-07 / 現在 | ノースウィンド株式会社 | シニアエンジニア |", "| 2019-04 / 2022-06 | テイルスピン株式会社 | エンジニア |",
    ].join("\n"));
    expect(jobs(r)).toEqual([
      ["ノースウィンド株式会社", "シニアエンジニア", "2022-07", undefined],
      ["テイルスピン株式会社", "エンジニア", "2019-04", "2022-06"],
    ]);
  });

  it("takes the job title from the column headed as the position, not from the role column beside it", async () => {
    const english = await readMarkdown([
      "# Jane Roe", "", "## Experience", "", "| Period | Company | Role | Position |", "|---|---|---|---|",
      "| 2022-07 - present | Northwind | Tech lead | Senior Engineer |", "| 2019-04 - 2022-06 | Tailspin | Backend | Engineer |",
    ].join("\n"));
    expect(english.work?.map((w) => w.position)).toEqual(["Senior Engineer", "Engineer"]);
    const korean = await readMarkdown([
      "# 박하늘", "", "## 경력", "", "| 기간 | 회사 | 역할 | 직책 |", "|---|---|---|---|",
      "| 2022.07 ~ 현재 | 북극성테크 | 백엔드 개발 | 선임 엔지니어 |", "| 2019.04 ~ 2022.06 | 남산소프트 | 서버 개발 | 엔지니어 |",
    ].join("\n"));
    expect(korean.work?.map((w) => w.position)).toEqual(["선임 엔지니어", "엔지니어"]);
  });
});

import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("a job's header", () => {
  it("keeps the running text after a bold header as the job's summary", async () => {
    const text = "# Jane Doe\n\n## Work\n\n2020.07 ~ 2021.01\n:  **Acme/Senior Engineer；** Built the payment system from scratch and ran it for two years.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.[0]).toMatchObject({ name: "Acme", position: "Senior Engineer", summary: "Built the payment system from scratch and ran it for two years." });
  });
});

describe("a role at its employer run into sentences about the job", () => {
  it("ends the employer's name where the first sentence does, and keeps the sentences as the job's summary", async () => {
    const text = [
      "# Claire Martin",
      "",
      "## Expériences professionnelles",
      "",
      "* **2019/actuellement :** Ingénieur logiciel chez [Voltaris](https://example.com). Conception de cartes, drivers Linux, tests.",
      "* **2015/2019 :** Développeuse chez Orvane. Maintenance du firmware des bornes de recharge.",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.summary])).toEqual([
      ["Voltaris", "Ingénieur logiciel", "2019", undefined, "Conception de cartes, drivers Linux, tests."],
      ["Orvane", "Développeuse", "2015", "2019", "Maintenance du firmware des bornes de recharge."],
    ]);
  });
});

describe("a paragraph closing a list of jobs", () => {
  it("reads no job from an undated sentence after the list, in Korean or English, and keeps it as the last job's summary", async () => {
    const text = [
      "# 김하늘",
      "",
      "## 경력",
      "",
      "- **한빛바이오** 품질관리팀 (인턴, 2021.06~2022.10)",
      "- **Northwind Labs** (Intern, 2020.06~2020.08)",
      "",
      "제약·바이오 QC 실무에서 익힌 기준 준수와 기록 습관을, 지금은 의료 데이터의 정량적 검증으로 이어가고 있습니다.",
      "",
      "## Experience",
      "",
      "- **Harbor Labs** (Intern, 2019.06~2019.08)",
      "",
      "These internships taught me how careful record keeping carries over into the data work I do today.",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => w.name)).toEqual(["한빛바이오", "Northwind Labs", "Harbor Labs"]);
    expect(resume.work?.[1]?.summary).toContain("기록 습관");
    expect(resume.work?.[2]?.summary).toContain("careful record keeping");
  });
});

describe("a job told as one line 'Role at Employer, Place.' under its dates", () => {
  it("reads the line closed by a full stop as the job's title, employer and place, not as a sentence about it", async () => {
    const text = [
      "# Lena Ortiz",
      "",
      "### Experience",
      "",
      "**June 2022 - August 2022**",
      "",
      "Field Technician Intern at Harbor Water District, Eldridge, California.",
      "",
      "**January 2021 - May 2021**",
      "",
      "Lab Assistant at Tidewater Coastal Institute, Salem, Oregon.",
      "",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.position, w.startDate, w.endDate])).toEqual([
      ["Field Technician Intern", "2022-06", "2022-08"],
      ["Lab Assistant", "2021-01", "2021-05"],
    ]);
  });
});

describe("an '@' inside a name", () => {
  it("splits a role from its employer at an '@' glued to both only in CJK script ('검색 개발@Acme'), not in a Latin name ('Dev@Home', 'AI@Meta')", async () => {
    const { resume: r } = await extractSource({ path: "cv.md", format: "markdown", formatReason: "test", text: "# Jane Doe\n\n## Experience\n\n### Research Scientist, AI@Meta\n\n2021 - 2023\n\n### Dev@Home\n\n2019 - 2021\n\n### 검색 개발@Acme Corp\n\n2017 - 2019\n" });
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([[undefined, "Research Scientist, AI@Meta"], ["Dev@Home", undefined], ["Acme Corp", "검색 개발"]]);
  });
});

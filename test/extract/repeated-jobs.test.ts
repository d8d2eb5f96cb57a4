import { describe, expect, it } from "vitest";
import { extractSource, readMarkdown } from "../support/extract.js";

describe("a job told twice", () => {
  it("is not two jobs at one employer in one year in two places: both are kept, each with its place", async () => {
    const { resume } = await extractSource({
      path: "cv.md",
      text: ["# Jonas Keller", "", "## Experience", "", "- 2016 &emsp; Internship at Brightwave in Bonn", "- 2016 &emsp; Hackathon at Brightwave in Cologne", "- 2015 &emsp; Summer job at Lindqvist AG in Bonn"].join("\n"),
      format: "markdown",
      formatReason: "test",
    });
    expect(resume.work?.map((w) => [w.name, w.position, w.location, w.startDate])).toEqual([
      ["Brightwave", "Internship", "Bonn", "2016"],
      ["Brightwave", "Hackathon", "Cologne", "2016"],
      ["Lindqvist AG", "Summer job", "Bonn", "2015"],
    ]);
  });
});

describe("an employer's heading over the headings of the roles held there", () => {
  it("reads each undated role heading under a dated employer as a job there, what a heading says after its dash as the job's text", async () => {
    const text = [
      "# Odile Brassard",
      "",
      "## Experience",
      "",
      "### [Harbor Freightworks](https://example.org/) [04-2020 - Present]",
      "",
      "#### **Platform Engineer (Lead)** - cloud, delivery",
      "",
      "* Ran the build farm.",
      "",
      "#### Platform Engineer - Observability, Tooling",
      "",
      "* Wrote the alerting rules.",
      "",
      "### [Quay Analytics](https://example.com/) [01-2017 - 03-2020]",
      "",
      "#### Data Analyst",
      "",
      "* Built reports.",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Harbor Freightworks", "Platform Engineer (Lead)", undefined, undefined],
      ["Harbor Freightworks", "Platform Engineer", undefined, undefined],
      ["Quay Analytics", "Data Analyst", "2017-01", "2020-03"],
    ]);
    expect(resume.work?.[1]?.highlights).toEqual(["Wrote the alerting rules."]);
  });

  it("leaves a dated heading that names its role whole, and a place after a role's dash to the place", async () => {
    const text = [
      "# Odile Brassard",
      "",
      "## Experience",
      "",
      "### Volunteer Coordinator, Red Cross Oslo (2012 - 2016)",
      "",
      "#### Trainer",
      "",
      "* Ran first-aid courses.",
      "",
      "#### Mentor",
      "",
      "* Coached new volunteers.",
      "",
      "### Tidewater Systems (2017 - 2020)",
      "",
      "#### Developer - Lisbon, Portugal",
      "",
      "* Built the booking service.",
      "",
      "#### Developer - Remote",
      "",
      "* Kept it running.",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Red Cross Oslo", "Volunteer Coordinator", "2012", "2016"],
      ["Tidewater Systems", "Developer", undefined, undefined],
      ["Tidewater Systems", "Developer", undefined, undefined],
    ]);
    expect(resume.work?.[1]?.location).toBe("Lisbon, Portugal");
    expect(resume.work?.[1]?.description).toBeUndefined();
  });
});

describe("a job in a summary table and again in its own section", () => {
  it("is one job where the section names the employer by the first words of the table's name, with the same role and dates", async () => {
    const resume = await readMarkdown([
      "# 職務経歴", "", "## 要約", "", "2017 年からソフトウェアエンジニアとして従事しています。", "",
      "## 職務経歴", "",
      "在籍期間 | 企業名 | ポジション", "--- | --- | ---",
      "2020-04 / 現在 | [Kumo Systems Inc.](https://kumo.example.com/) | Backend Engineer",
      "2017-04 / 2020-03 | [Hoshi Labs Co. Ltd.](https://hoshi.example.com/) | QA Engineer", "",
      "## 現職: Kumo (Backend Engineer) 2020-04-01 ~ 現在", "", "決済基盤の開発を担当しています。", "", "### 技術スタック", "", "- Go, TypeScript", "",
      "## Hoshi (QA Engineer): 2017-04-01 ~ 2020-03-31", "", "テスト自動化を推進しました。", "", "### 技術スタック", "", "- Python",
    ].join("\n"));
    expect(resume.work?.map((w) => [w.position, w.startDate, w.endDate])).toEqual([
      ["Backend Engineer", "2020-04", undefined],
      ["QA Engineer", "2017-04", "2020-03"],
    ]);
  });

  it("stays two jobs where the shorter name's role differs", async () => {
    const resume = await readMarkdown([
      "## Experience", "",
      "### Kumo Systems Inc. (Backend Engineer) 2020-04 – 2022-03", "", "Built the billing service.", "",
      "### Kumo (Data Engineer) 2020-04 – 2022-03", "", "Ran the data platform.",
    ].join("\n"));
    expect(resume.work).toHaveLength(2);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Section titles that name two kinds, or a kind by a word of it, on invented CVs. */
describe("a section title's kind", () => {
  it("reads the lines of a 'languages and certificates' title that name no spoken language as certificates, not skills", async () => {
    const r = await readMarkdown(
      ["# 김하늘", "", "## 학력", "", "### 한빛대학교 컴퓨터공학과", "", "**기간**: 2015 - 2021.02", "", "## 어학 및 자격 사항", "", "**TOEIC 900** _ ETS _ 2023.05.01", "", "**정보처리기사** _ 한국산업인력공단 _ 2022.11.20"].join("\n"),
    );
    expect(r.skills ?? []).toEqual([]);
    expect(r.certificates?.map((c) => c.name)).toEqual(["TOEIC 900", "정보처리기사"]);
  });

  it("reads a Chinese title of knowledge and abilities as skills", async () => {
    const r = await readMarkdown(["# 李明", "", "### 专业知识", "", "- Java", "- MySQL", "- Redis"].join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Java", "MySQL", "Redis"]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a Chinese one-page résumé's header and mixed sections", () => {
  it("reads a header line of school, field and degree as the study when the school's name has a remark in brackets", async () => {
    const r = await readMarkdown(
      ["# 王小明", "", "电话：13900000000 | 邮箱：xm@example.com", "", "东岭理工大学（本硕连读，211，A 类学科） | 软件工程 | 工学硕士 | GPA 前 5%", "", "### 专业技能", "", "- Go", "- Rust"].join("\n"),
    );
    expect(r.education).toEqual([{ institution: "东岭理工大学", area: "软件工程", studyType: "工学硕士" }]);
  });

  it("reads a labelled link whose label compounds a word before the word for homepage as the CV's web site", async () => {
    const r = await readMarkdown(["# 王小明", "", "电话：13900000000", "", "在线简历主页：[XM](https://xm.example.org/) | 技术笔记：[Notes](https://notes.example.org/)", "", "### 专业技能", "", "- Go"].join("\n"));
    expect(r.basics?.url).toBe("https://xm.example.org/");
  });

  it("gives the honours line of a combined certificates-and-honours section to the awards, one award per item", async () => {
    const r = await readMarkdown(
      ["# 王小明", "", "### 证书、荣誉、社团经历", "", "- 英语：四级（CET-4），能读英文文档", "- 荣誉：国家励志奖学金，校级三好学生，数学建模竞赛省级一等奖", "- 社团经历：任计算机协会会长"].join("\n"),
    );
    expect(r.awards?.map((a) => a.title)).toEqual(["国家励志奖学金", "校级三好学生", "数学建模竞赛省级一等奖"]);
    expect(r.certificates?.map((c) => c.name).join(" ")).not.toContain("奖学金");
  });

  it("keeps a skill sentence in Chinese phrases whole, like its siblings, when a later phrase is told with a word of proficiency", async () => {
    const r = await readMarkdown(
      [
        "# 王小明",
        "",
        "### 专业技能",
        "",
        "- 熟练使用 Java 语言，熟悉 JVM 原理，具备良好的编码习惯",
        "- 具备扎实的算法基础，熟悉常用数据结构，了解 Redis、Kafka 等中间件的使用",
        "- 熟悉 Linux 常用命令，了解 Docker 的基本使用",
      ].join("\n"),
    );
    expect(r.skills?.map((s) => s.name)).toEqual([
      "熟练使用 Java 语言, 熟悉 JVM 原理, 具备良好的编码习惯",
      "具备扎实的算法基础, 熟悉常用数据结构, 了解 Redis、Kafka 等中间件的使用",
      "熟悉 Linux 常用命令, 了解 Docker 的基本使用",
    ]);
  });

  it("keeps a skill sentence told with words of proficiency as a skill, its closing full stop aside, among siblings that have none", async () => {
    const r = await readMarkdown(
      ["# 王小明", "", "### 技能", "", "- 熟练使用 Go，熟悉 Rust 基本语法。", "- 以 Django 为主的 Web 开发，熟悉使用 Celery、Redis。", "- 熟悉 Linux 开发环境"].join("\n"),
    );
    // (one item whole; whether its full stop is kept is the list reader's choice, not this rule's)
    expect(r.skills?.map((s) => s.name?.replace(/。$/u, ""))).toEqual(["熟练使用 Go, 熟悉 Rust 基本语法", "以 Django 为主的 Web 开发, 熟悉使用 Celery、Redis", "熟悉 Linux 开发环境"]);
  });

  it("reads the numbered sub-headings of a self-introduction as parts of the summary, not as sections their words name", async () => {
    const r = await readMarkdown(
      [
        "# 김하늘",
        "",
        "## 기술 스택 (Skills)",
        "- TypeScript, Go",
        "",
        "## 자기소개 (Self Introduction)",
        "",
        "### 1. 핵심 역량 요약 (Professional Summary)",
        "- **데이터 파이프라인 설계**: 대용량 로그를 실시간으로 처리하는 파이프라인을 설계하고 운영한 경험이 있습니다.",
        "- **팀 리딩**: 다섯 명의 개발팀을 이끌며 배포 주기를 절반으로 줄였습니다.",
        "",
        "### 2. 지원 동기",
        "- 사용자에게 가까운 제품을 만들고 싶습니다.",
      ].join("\n"),
    );
    expect(r.skills?.map((s) => s.name)).toEqual(["TypeScript", "Go"]);
    expect(r.basics?.summary).toContain("팀 리딩");
  });
});

import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

const summaryOf = async (text: string) => (await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" })).resume.basics?.summary;

describe("listsPersonalDetails", () => {
  it("keeps a summary whose labelled lines are sentences as the summary, though some labels are contacts", async () => {
    const summary = await summaryOf(["# Jane Doe", "Backend Engineer", "## Summary", "Experience: 8 years building distributed systems at scale.", "Focus: Backend services, data pipelines and observability.", "Location: Berlin, Germany", "Email: jane@example.com"].join("\n"));
    expect(summary).toContain("Experience: 8 years building distributed systems at scale.");
    expect(summary).toContain("Focus: Backend services");
  });

  it("keeps a Chinese introduction whose unknown label runs on past a comma as the summary", async () => {
    const summary = await summaryOf(["# 王五", "## 个人简介", "工作年限：5年Java后端开发经验，熟悉高并发系统设计", "技术栈：Java、Spring Boot、MySQL、Redis", "现居：上海", "邮箱：wangwu@example.com"].join("\n"));
    expect(summary).toContain("熟悉高并发系统设计");
  });
});

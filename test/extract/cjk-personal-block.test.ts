import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/** Chinese, Japanese and Korean CVs: the personal details a form lists, label by label. */
async function parse(text: string): Promise<Resume> {
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

const sectionLines = (r: Resume) => (r.sections ?? []).flatMap((s) => s.items.map((i) => i.summary ?? i.title));

describe("a form of personal details", () => {
  it("reads 現職 (the current post) as a job's open end", async () => {
    const r = await parse(["# 陳大文", "", "## 經歷", "", "### 後端工程師 - 某某科技股份有限公司 (2022/09 - 現職)", "", "- 開發 API"].join("\n"));
    expect(r.work?.[0]).toMatchObject({ name: "某某科技股份有限公司", position: "後端工程師", startDate: "2022-09" });
    expect(r.work?.[0]?.endDate).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a teaching section titled in the plural", () => {
  it("reads 'Teaching experiences' as teaching, its courses no jobs", async () => {
    const text = [
      "# Jo Vale",
      "",
      "## Academic posts",
      "",
      "- Lecturer in Maritime History at Harlow University (2019 – 2021)",
      "",
      "## Teaching experiences",
      "",
      "- Hist210 – Ports and Empires (Fall 2020)",
      "- Hist330 – Salt and the Sea (Spring 2021)",
    ].join("\n");
    const resume = await readMarkdown(text);
    expect(resume.work?.map((w) => w.name)).toEqual(["Harlow University"]);
    expect(resume.meta?.sections?.map((s) => s.title)).toContain("Teaching experiences");
  });
});

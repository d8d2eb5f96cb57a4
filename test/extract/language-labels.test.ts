import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** A line a spoken language labels with its level, wherever it is written; invented CVs. */
describe("a spoken language labelling its level", () => {
  it("reads 'English: Native' among the skills as a language, the other groups still skills", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Skills", "", "- Python, Go", "- English: Native", "- French: Fluent"].join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Python", "Go"]);
    expect(r.languages?.map((l) => [l.language, l.fluency])).toEqual([["English", "Native"], ["French", "Fluent"]]);
  });

  it("reads Japanese and Korean lines of proficiency in a section of sundries as languages with their fluency", async () => {
    const r = await readMarkdown(["# 山田 花子", "", "## その他", "", "- 日本語：ネイティブ", "- 英語：ビジネスレベル (TOEIC 850点)", "- 한국어: 일상 회화 가능", "- 趣味：写真"].join("\n"));
    expect(r.languages?.map((l) => [l.language, l.fluency])).toEqual([
      ["日本語", "ネイティブ"],
      ["英語", "ビジネスレベル (TOEIC 850点)"],
      ["한국어", "일상 회화 가능"],
    ]);
    expect(r.interests?.map((i) => i.name)).toEqual(["写真"]);
    expect(r.sections).toBeUndefined();
  });

  it("keeps a group a programming language's name labels among the skills", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Skills", "", "- Python: Django, Flask", "- Java: Spring"].join("\n"));
    expect(r.languages).toBeUndefined();
    expect(r.skills?.map((s) => s.name)).toEqual(["Python", "Java"]);
  });
});

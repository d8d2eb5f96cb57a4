import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("ordinary layouts that narrower rules leave alone", () => {
  it("reads a '| Skill | Details |' table by its groups, the details column listing the skills", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Skills", "", "| Skill | Details |", "|---|---|", "| Languages | Python, Go |", "| Cloud | AWS |", "| Frontend | React and Vue |", ""].join("\n"));
    expect(r.skills?.map((s) => [s.name, s.keywords])).toEqual([
      ["Languages", ["Python", "Go"]],
      ["Cloud", ["AWS"]],
      ["Frontend", ["React and Vue"]],
    ]);
  });

  it("reads a Japanese name whose given name mixes kana and a kanji as the name", async () => {
    const r = await readMarkdown(["# 田中ちか子", "", "メール: chika@example.jp", "", "## 職務経歴", "", "### 株式会社サンプル (2019/04 ~ 2022/03)", "", "- 決済基盤の開発", ""].join("\n"));
    expect(r.basics?.name).toBe("田中ちか子");
  });

  it("keeps skills told as sentences, one after another, as skills", async () => {
    const r = await readMarkdown(["# Ana Souza", "", "## Habilidades", "", "- Experiência em criação e implementação de relatórios e administração de banco de dados para clientes corporativos.", "- Suporte técnico ao cliente e treinamento de sistema para colaboradores de diversas áreas da empresa.", "- SQL Server", ""].join("\n"));
    expect(r.skills?.length).toBe(3);
  });

  it("keeps a student's job whose description names a degree as a job", async () => {
    const r = await readMarkdown(["# Jane Roe", "", "## Experience", "", "**Student** · University of Lindau", "2016 – 2018", "Tutored first-year MSc students in statistics and graded their exams.", ""].join("\n"));
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([["University of Lindau", "Student"]]);
    expect(r.education).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { isDocumentTitle, nameInDocumentTitle } from "../../src/parse/document-title.js";

describe("document titles", () => {
  it("knows what a CV calls itself in many languages and combinations", () => {
    for (const t of ["Curriculum Vitae", "RÉSUMÉ", "Personal Resume", "CV", "Lebenslauf", "Currículo", "Резюме", "Özgeçmiş", "个人简历", "履歴書・職務経歴書", "이력서", "個人履歷 - Resume"]) {
      expect(isDocumentTitle(t), t).toBe(true);
    }
    expect(isDocumentTitle("Jane Doe")).toBe(false);
    expect(isDocumentTitle("Experience")).toBe(false);
  });

  it("takes the owner's name out of a title that carries it", () => {
    expect(nameInDocumentTitle("Resume of Maria Santos")).toBe("Maria Santos");
    expect(nameInDocumentTitle("CV de Lucía Pérez")).toBe("Lucía Pérez");
    expect(nameInDocumentTitle("Jonas Weber – Lebenslauf")).toBe("Jonas Weber");
    expect(nameInDocumentTitle("이력서_홍길동")).toBe("홍길동");
    expect(nameInDocumentTitle("张伟简历")).toBe("张伟");
    expect(nameInDocumentTitle("张伟的简历")).toBe("张伟");
    expect(nameInDocumentTitle("Curriculum Vitae")).toBeUndefined();
    expect(nameInDocumentTitle("Maria Santos")).toBeUndefined();
  });

  it("finds the name after the post sought and before a remark in brackets", () => {
    expect(nameInDocumentTitle("Web前端/小程序开发-周明的简历(已入职, 暂不考虑机会)")).toBe("周明");
    expect(nameInDocumentTitle("Java后端工程师 / 王磊的个人简历")).toBe("王磊");
    expect(nameInDocumentTitle("Tomas Berg - CV (2024)")).toBe("Tomas Berg");
    expect(nameInDocumentTitle("Java开发工程师简历")).toBeUndefined();
  });

  it("takes a name set before the title with only a space between them", () => {
    expect(nameInDocumentTitle("Marta Kowalczyk CV")).toBe("Marta Kowalczyk");
    expect(nameInDocumentTitle("Tobias R. Lindqvist's Resume")).toBe("Tobias R. Lindqvist");
    expect(nameInDocumentTitle("my updated resume")).toBeUndefined();
    expect(nameInDocumentTitle("Personal CV")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const cv = (study: string) => `# Иван Петров

## Опыт работы

### ООО «Северный ветер»

Январь 2015 – настоящее время

Ведущий разработчик.

## Образование

### Уральский технический университет, 2004–2009

${study}
`;

describe("a Russian diploma's qualification and speciality", () => {
  it("reads the qualification before 'по специальности' as the degree and the quoted speciality as the field", async () => {
    const resume = await readMarkdown(cv('Инженер по специальности "Вычислительные машины, комплексы и сети"'));
    expect(resume.education?.[0]).toMatchObject({ institution: "Уральский технический университет", studyType: "Инженер", area: "Вычислительные машины, комплексы и сети" });
  });

  it("finds the diploma's line under the faculty's", async () => {
    const resume = await readMarkdown(cv('Факультет «Информационные технологии»\n\nБакалавр по направлению «Прикладная информатика»'));
    expect(resume.education?.[0]).toMatchObject({ studyType: "Бакалавр", area: "Прикладная информатика" });
    expect(resume.education?.[0]?.summary).toBe("Факультет «Информационные технологии»");
  });

  it("reads a labelled qualification as the degree", async () => {
    const resume = await readMarkdown(cv("Квалификация: инженер-системотехник"));
    expect(resume.education?.[0]?.studyType).toBe("инженер-системотехник");
  });
});

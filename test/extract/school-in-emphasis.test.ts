import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** "### Field - *School*" headers with the degree on the line under them, as a CV that writes "### Role - *Employer*" sets its schools. */
describe("a field before a school set in emphasis", () => {
  const cv = [
    "# Rita Souto",
    "",
    "## Experiência",
    "",
    "### Analista de Sistemas - *Oberon Logística*",
    "*03/2018 – 05/2021*",
    "",
    "## Formação Acadêmica",
    "",
    "### Engenharia de Produção - *Faculdade Serra Azul*",
    "*Graduação* - 2009/2013",
    "",
    "### Gestão de Projetos - *Instituto Vale Claro*",
    "*Mestrado* - Não finalizado",
  ].join("\n");

  it("reads the emphasised phrase as the school and the phrase before the dash as the field", async () => {
    const r = await readMarkdown(cv);
    expect(r.education?.map((e) => [e.institution, e.area, e.studyType])).toEqual([
      ["Faculdade Serra Azul", "Engenharia de Produção", "Graduação"],
      ["Instituto Vale Claro", "Gestão de Projetos", "Mestrado"],
    ]);
  });

  it("says how an unfinished study ended with the entry, not as its field", async () => {
    const r = await readMarkdown(["# Rita Souto", "", "## Formação", "", "### Escola Técnica Vale Claro", "*Mestrado* - Não finalizado"].join("\n"));
    expect(r.education?.[0]).toMatchObject({ institution: "Escola Técnica Vale Claro", studyType: "Mestrado", summary: "Não finalizado" });
    expect(r.education?.[0]?.area).toBeUndefined();
  });

  it("reads a degree set in emphasis after the school as the degree, not as the school", async () => {
    const r = await readMarkdown(["# Rita Souto", "", "## Education", "", "### Corvel Paris - *Master in Management*", "2016 - 2018"].join("\n"));
    expect(r.education?.map((e) => [e.studyType, e.area])).toEqual([["Master", "Management"]]);
    expect(r.education?.[0]?.institution).not.toBe("Master in Management");
  });

  it("reads dates set in emphasis after the field as the study's dates, not as the school", async () => {
    const r = await readMarkdown(["# Rita Souto", "", "## Education", "", "### Computer Science - *2018 – 2022*", "B.S., Oberlin Vale University"].join("\n"));
    expect(r.education?.[0]?.institution).not.toBe("2018 – 2022");
    expect(r.education?.[0]?.endDate).toBe("2022");
  });
});


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
});

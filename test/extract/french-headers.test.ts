import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Headers French CVs write: their degrees' names, and a role's heading with its employer on the line under it. */
describe("French degrees and headers", () => {
  it("reads the DEUG and the doctorate ('Docteur en …') as degrees, the school under them as theirs", async () => {
    const r = await readMarkdown(
      [
        "# Claire Fontenay",
        "",
        "## Formation",
        "",
        "2006 — Docteur en chimie — *Catalyse homogène*\\",
        "Université de Valmont",
        "",
        "1996-1998",
        ": *DEUG SVT*",
        "  [Université de Valmont, Valmont](https://univ-valmont.example)",
      ].join("\n"),
    );
    expect((r.education ?? []).map((e) => [e.institution, e.studyType, e.area])).toEqual([
      ["Université de Valmont", "Docteur", "chimie"],
      ["Université de Valmont, Valmont", "DEUG", "SVT"],
    ]);
  });

  it("reads a heading of dates and two titles held at once as one role, its employer on the line under it", async () => {
    const r = await readMarkdown(
      [
        "# Claire Fontenay",
        "",
        "## Expérience professionnelle",
        "",
        "### Depuis mars 2019 : Responsable sécurité - Ingénieur infrastructure",
        "    Brioche Numérique https://brioche.example/",
        "",
        "Mise en place de la politique de sécurité.",
        "",
        "### Janvier 2012 — Février 2019 : Ingénieur d'étude",
        "    Valmont Télécom",
        "",
        "Développement guidé par les tests.",
      ].join("\n"),
    );
    expect((r.work ?? []).map((w) => [w.name, w.position, w.startDate, w.endDate, w.url])).toEqual([
      ["Brioche Numérique", "Responsable sécurité - Ingénieur infrastructure", "2019-03", undefined, "https://brioche.example/"],
      ["Valmont Télécom", "Ingénieur d'étude", "2012-01", "2019-02", undefined],
    ]);
  });

  it("takes no word a PDF broke at its hyphen, set as a paragraph of its own under the header, for the job's place ('Zweipunkt-')", async () => {
    const r = await readMarkdown("# Jo Beispiel\n\n## Experience\n\n### Engineer, Acme GmbH (2016 – 2017)\n\nZweipunkt-\n\nRegelung eines Pendels.\n");
    expect(r.work?.[0]?.location).toBeUndefined();
    expect(r.work?.[0]?.summary).toContain("Zweipunkt-");
  });

  it("takes no tools, employment type or course under a role's header, set apart from the text, for the employer", async () => {
    const r = await readMarkdown("# Jo Vale\n\n## Experience\n\n### Software Engineer (2019 - 2021)\nPython, Django, PostgreSQL\n\nBuilt the billing service.\n\n### Data Analyst (2017 - 2019)\nFull-Time Contract\n\nBuilt dashboards.\n\n### Teaching Assistant (2015)\nIntroduction to Programming\n\nGraded assignments.\n");
    // (naming no organisation, the three roles are the section's items: extract/unnamed-jobs.ts)
    expect((r.work ?? []).map((w) => w.name)).toEqual([]);
    expect(r.sections?.find((s) => s.title === "Experience")?.items.map((i) => i.title)).toEqual(["Software Engineer", "Data Analyst", "Teaching Assistant"]);
  });

  it("keeps an employer whose name holds a role's word beside its role ('Volunteer Engineer - Engineers Without Borders')", async () => {
    const r = await readMarkdown("# Jo Vale\n\n## Experience\n\n### Volunteer Engineer - Engineers Without Borders\n*2019 - 2021*\n\nBuilt wells.\n\n### Founder & CEO – Creative Directors Club\n*2020 – present*\n\nRan the club.\n");
    expect((r.work ?? []).map((w) => [w.name, w.position])).toEqual([
      ["Engineers Without Borders", "Volunteer Engineer"],
      ["Creative Directors Club", "Founder & CEO"],
    ]);
  });
});

describe("the town a header says a job was in", () => {
  it("reads 'à Town' or 'in Town' after a bold role and employer as the job's place, never its employer", async () => {
    const r = await readMarkdown(
      [
        "# Jeanne Exemple",
        "",
        "## Expérience",
        "",
        "**Ingénieure logiciel chez Contoso** à Lyon (2 ans)",
        "",
        "Développement d'un moteur de rendu.",
        "",
        "**Ingénieure au CRD Fabrikam** à Montbonnot (6 mois - fermeture)",
        "",
        "Lead développeuse sur une passerelle IoT.",
        "",
        "**Data Analyst at Northwind** in Boston (2015 - 2017)",
        "",
        "Built the weekly reports.",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.location])).toEqual([
      ["Contoso", "Ingénieure logiciel", "Lyon"],
      [undefined, "Ingénieure au CRD Fabrikam", "Montbonnot"],
      ["Northwind", "Data Analyst", "Boston"],
    ]);
  });
});

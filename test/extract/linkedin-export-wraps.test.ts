import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** A French LinkedIn export as pdftotext gives it: "(LinkedIn)" set under its address, a top skill named like a section. */
const export_ = (place: string) => `Coordonnées
camille.roux@example.fr

www.linkedin.com/in/croux
(LinkedIn)

Principales compétences
Gestion de projet
Analyse de données
Tableaux de bord

Languages
Anglais (Professional Working)

Camille Roux
Data Analyst chez Atelier Nova | Tableaux de bord | Python
${place}

Résumé
J'aide les équipes produit à comprendre leurs utilisateurs grâce aux
données, à des tableaux de bord simples et à des analyses régulières.

Expérience
Atelier Nova
Data Analyst
janvier 2023 - Present (1 an 3 mois)
${place}
Mise en place des tableaux de bord de suivi des ventes.

Formation
Université de Valmont
Master, Statistique · (2019 - 2021)
`;

describe("a LinkedIn export's wrapped lines and lists", () => {
  it("reads '(LinkedIn)' under an address as that address's label, not a line of its own", async () => {
    const resume = await readText(export_("Lyon, Auvergne-Rhône-Alpes, France"));
    expect(resume.basics?.profiles?.[0]?.url).toBe("https://www.linkedin.com/in/croux");
    expect(resume.sections?.flatMap((s) => s.items.map((i) => i.summary)) ?? []).not.toContain("(LinkedIn)");
  });

  it("reads a place whose region is written with hyphens as the owner's place, no wrapped headline", async () => {
    for (const [place, city, region] of [
      ["Lyon, Auvergne-Rhône-Alpes, France", "Lyon", "Auvergne-Rhône-Alpes"],
      ["Paris, Île-de-France, France", "Paris", "Île-de-France"],
      ["Köln, Nordrhein-Westfalen, Deutschland", "Köln", "Nordrhein-Westfalen"],
    ]) {
      const resume = await readText(export_(place!));
      expect(resume.basics?.location).toMatchObject({ city, region });
      expect(resume.basics?.label).toBe("Data Analyst chez Atelier Nova | Tableaux de bord | Python");
    }
  });

  it("reads 'Résumé' half-way down, over sentences, as the summary's title, not the document's", async () => {
    const resume = await readText(export_("Lyon, Auvergne-Rhône-Alpes, France"));
    expect(resume.basics?.summary).toMatch(/^J'aide les équipes produit .* analyses régulières\.$/);
    expect(resume.basics?.name).toBe("Camille Roux");
  });

  it("keeps a top skill named like a section ('Gestion de projet') among the skills", async () => {
    const resume = await readText(export_("Lyon, Auvergne-Rhône-Alpes, France"));
    expect(resume.skills?.map((s) => s.name)).toEqual(["Gestion de projet", "Analyse de données", "Tableaux de bord"]);
    expect(resume.projects ?? []).toEqual([]);
  });
});

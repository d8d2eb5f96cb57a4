import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** A German LinkedIn export as pdftotext runs its two columns together: the sidebar's lists go on inside the summary. */
const cv = `Kontakt
lena.brandt@example.de
www.linkedin.com/in/lenabrandt (LinkedIn)

Top-Kenntnisse
Kubernetes

Sprachen
Deutsch (Native or Bilingual)

Lena Brandt
Cloud Engineer bei Nordwind Systems
Leipzig, Sachsen, Deutschland

Zusammenfassung
Ich baue verlässliche Plattformen für Teams, die schnell liefern wollen.
Terraform
Go (Programmiersprache)
Mir sind saubere Übergaben und klare Dokumentation wichtig.
Englisch (Full Professional)

Berufserfahrung
Nordwind Systems GmbH
Cloud Engineer
März 2022 - Heute (2 Jahre 1 Monat)
Leipzig, Sachsen, Deutschland
`;

describe("a LinkedIn export's sidebar run into its summary", () => {
  it("gives the short items between the summary's sentences back to the skills and the languages", async () => {
    const resume = await readText(cv);
    expect(resume.skills?.map((s) => s.name)).toEqual(["Kubernetes", "Terraform", "Go (Programmiersprache)"]);
    expect(resume.languages?.map((l) => l.language)).toEqual(["Deutsch", "Englisch"]);
    expect(resume.basics?.summary).toBe("Ich baue verlässliche Plattformen für Teams, die schnell liefern wollen.\nMir sind saubere Übergaben und klare Dokumentation wichtig.");
  });
});

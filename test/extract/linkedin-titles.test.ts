import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

/** A LinkedIn "Save to PDF" export as pdftotext gives it, its section titles in the profile's language. */
const export_ = (t: { contact: string; skills: string; languages: string; summary: string; work: string; education: string; page: string }) => `${t.contact}
mara.quill@example.com

www.linkedin.com/in/mara-quill-1234 (LinkedIn)

${t.skills}
Cloud Computing
Stream Processing
Data Modeling

${t.languages}
English (Full Professional)

Mara Quill

Data Engineer at Lantern Works
Lisbon, Portugal

${t.summary}
I build data tools for small teams and care about how people read
the numbers they get.

${t.work}
Lantern Works
Data Engineer
January 2019 - Present (6 years 1 month)
Lisbon, Portugal

Pebble Foundry
Junior Engineer
March 2016 - December 2018 (2 years 10 months)
${t.page} 1
\f
${t.education}
Harrowgate University
Master of Science - MS, Computer Science · (2014 - 2016)
${t.page} 2
`;

describe("a LinkedIn export in another language", () => {
  it("reads Spanish section titles as the English ones", async () => {
    const resume = await readText(export_({ contact: "Contactar", skills: "Aptitudes principales", languages: "Idiomas", summary: "Extracto", work: "Experiencia", education: "Educación", page: "Página" }).replace(/Página (\d)/g, "Página $1 de 2"));
    expect(resume.basics?.name).toBe("Mara Quill");
    expect(resume.skills).toHaveLength(3);
    expect(resume.work?.map((w) => w.name)).toEqual(["Lantern Works", "Pebble Foundry"]);
    expect(resume.sections ?? []).toEqual([]);
  });

  it("reads Italian section titles as the English ones", async () => {
    const resume = await readText(export_({ contact: "Contatta", skills: "Competenze principali", languages: "Lingue", summary: "Riepilogo", work: "Esperienza", education: "Formazione", page: "Pagina" }).replace(/Pagina (\d)/g, "Pagina $1 di 2"));
    expect(resume.basics?.name).toBe("Mara Quill");
    expect(resume.basics?.summary).toMatch(/^I build data tools/);
    expect(resume.education?.[0]?.institution).toBe("Harrowgate University");
  });
});

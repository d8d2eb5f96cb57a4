import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

/** Certificates and platform courses listed under an education heading beside diplomas, on invented CVs. */
describe("certificates under an education heading", () => {
  it("reads an entry named a certificate in Spanish or German as a certificate, not a school", async () => {
    const r = await readMarkdown(
      [
        "# Marta Ibarra",
        "",
        "## Educación",
        "",
        "### Certificación en Seguridad de Aplicaciones - ITV - Cursando",
        "2024",
        "",
        "### Zertifikate Projektmanagement",
        "2021",
        "",
        "### Ingeniería en Sistemas - Universidad del Lago",
        "2012 – 2017",
      ].join("\n"),
    );
    expect(r.education?.map((e) => e.institution)).toEqual(["Universidad del Lago"]);
    expect(r.certificates?.map((c) => c.name)).toHaveLength(2);
  });

  it("reads a course taken on a course platform as a certificate", async () => {
    const r = await readMarkdown(["# Marta Ibarra", "", "## Formación", "", "- **Aprendizaje automático** — Coursera, 2020", "- **Grado en Matemáticas** — Universidad del Lago, 2016"].join("\n"));
    expect(r.education?.map((e) => e.institution)).toEqual(["Universidad del Lago"]);
    expect(r.certificates?.map((c) => c.name)).toHaveLength(1);
  });

  it("dates a platform's certificate by the year on its course line", async () => {
    const r = await readMarkdown(["# Marta Ibarra", "", "## Education", "", "### Udacity", "Nanodegree in Machine Learning, 2018"].join("\n"));
    expect(r.certificates?.map((c) => [c.name, c.date])).toEqual([["Udacity", "2018"]]);
  });

  it("reads a school whose one line under it names a certificate, no degree, as that certificate's issuer", async () => {
    const r = await readText(
      [
        "Maria Ostrow",
        "",
        "EDUCATION and CERTIFICATIONS",
        "",
        "Lakeshore State University - Bayview, Ohio",
        "* Bachelor of Arts, Communication  2012",
        "",
        "Northvale State University - Eastfield, Ohio",
        "* Technical Writing Certificates - School of Continuing Education  2009",
      ].join("\n"),
    );
    expect(r.education?.map((e) => e.institution)).toEqual(["Lakeshore State University"]);
    expect(r.certificates?.map((c) => [c.issuer, c.date])).toEqual([["Northvale State University", "2009"]]);
  });
});

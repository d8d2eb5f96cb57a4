import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const educationOf = (lines: string[]) => readMarkdown(["# Mara Quill", "", "## Education", "", ...lines, ""].join("\n"));

describe("a phrase after a school's comma that is no field of study", () => {
  it("keeps a campus, a college, an exchange, an award or a programme in the school's name", async () => {
    const phrases = [
      "University of Minnesota, Twin Cities",
      "Purdue University, West Lafayette",
      "University of Texas, Rio Grande Valley",
      "University of Maryland, Baltimore County",
      "University of Cambridge, Trinity Hall",
      "University of Oxford, Christ Church",
      "University of Tokyo, Exchange Semester",
      "Universidad de Granada, Erasmus Exchange",
      "Universidad de Granada, Semestre de intercambio",
      "Université de Lyon, Séjour Erasmus",
      "Uniwersytet Przykładowy, Wymiana studencka",
      "Northmoor University, Full Scholarship",
      "Northmoor University, Double Major",
      "Northmoor University, Honors Program",
      "Northmoor University, High Distinction",
      "Northmoor University, Online Program",
      "Northmoor University, Summer Session",
      "Northmoor University, Graduated with Honors",
    ];
    const resume = await educationOf(phrases.map((p) => `- 2015 – 2019, ${p}`));
    expect(resume.education?.map((e) => [e.institution, e.area])).toEqual(phrases.map((p) => [p, undefined]));
  });

  it("keeps a region or town whose name ends as a field's may ('Catalonia', 'Normandie', 'Reading') in the school's name", async () => {
    const phrases = ["Northmoor University, Reading", "Universitat Exemple, Catalonia", "Università Esempio, Lombardia", "Universidad Ejemplo, Andalucía", "Université Exemple, Normandie", "Université Exemple, Lorraine", "Northmoor College, Providence"];
    const resume = await educationOf(phrases.map((p) => `- 2015 – 2019, ${p}`));
    expect(resume.education?.map((e) => [e.institution, e.area])).toEqual(phrases.map((p) => [p, undefined]));
  });

  it("still reads a field named in one word or ending in one ('Physics', 'Biologia', 'Aerodynamic Engineering')", async () => {
    const resume = await educationOf(["- 2015 – 2019, Northmoor University, Physics", "- 2012 – 2015, Universidade Exemplo, Biologia", "- 2009 – 2012, Eastvale Polytechnic University, Aerodynamic Engineering"]);
    expect(resume.education?.map((e) => e.area)).toEqual(["Physics", "Biologia", "Aerodynamic Engineering"]);
  });
});

describe("a phrase after a school's comma where the entry names a degree", () => {
  it("is the school's campus or college, the degree's field being named with the degree", async () => {
    const barred = await educationOf(["**Purdue University, West Lafayette** | B.S. Mechanical Engineering | 2015 – 2019"]);
    expect(barred.education?.map((e) => [e.institution, e.area, e.summary])).toEqual([["Purdue University, West Lafayette", "Mechanical Engineering", undefined]]);
    const headed = await educationOf(["### University of Cambridge, Trinity Hall", "", "PhD in Mathematics, 2015 – 2019"]);
    expect(headed.education?.map((e) => [e.institution, e.area])).toEqual([["University of Cambridge, Trinity Hall", "Mathematics"]]);
  });
});

import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

const DOTS = ". . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .";

const CV = `Marta Ellison
marta.ellison@example.org

Work Experience
Product Specialist${DOTS}
Lindqvist Systems AG

Hamburg, DE
Oct. 2019 – Jun. 2021

Selected tasks:
Wrote the specifications for the loan application.

Other${DOTS}
Harbour Books
Library Assistant

Hamburg
2014–2016

Education
Master’s in Business Informatics${DOTS}
Northvale Institute of Technology

Bremen, DE
2016–2019

Awards
Research Grant${DOTS}
Northvale University

2019
`;

describe("moderncv banking's dotted entry titles", () => {
  it("reads a dotted title that names a role, a degree or an award as its entry's head", async () => {
    const resume = await readText(CV);
    expect(resume.work?.[0]).toMatchObject({ name: "Lindqvist Systems AG", position: "Product Specialist" });
    expect(resume.education?.[0]).toMatchObject({ institution: "Northvale Institute of Technology", studyType: "Master’s", area: "Business Informatics" });
    expect(resume.awards?.[0]).toMatchObject({ title: "Research Grant", awarder: "Northvale University", date: "2019" });
  });

  it("still passes over a dotted sub-section title that names none", async () => {
    const resume = await readText(CV);
    expect(resume.work?.[1]).toMatchObject({ name: "Harbour Books", position: "Library Assistant" });
    expect(JSON.stringify(resume)).not.toContain("Other");
  });
});

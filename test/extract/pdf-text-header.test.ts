import { describe, expect, it } from "vitest";
import { extractSource, readText } from "../support/extract.js";

const job = ["", "EXPERIENCE", "Senior Accountant", "Northwind Traders LLC", "2019 – 2023", ""].join("\n");

/** How the header of a PDF's text layer (pdftotext's output) is read, each on an invented CV. */
describe("a name with the credentials written after it", () => {
  it("reads the name with its degrees or licences after a comma, in capitals too, and keeps them as written", async () => {
    for (const name of ["Jane Example, CPA", "Jane Example, CPA, PMP", "JANE EXAMPLE, PHD", "Jane Example, RN, BSN", "JANA BEISPIEL, Dr. rer. nat"]) {
      const r = await readText(`${name}\nFinancial Analyst\njane@example.org\n${job}`);
      expect(r.basics?.name, name).toBe(name);
    }
  });

  it("reads no name from a town of two words and a region's code that is also a credential ('Santa Cruz, RN', 'Silver Spring, MD')", async () => {
    for (const town of ["Ocean Springs, MS", "Silver Spring, MD", "Santa Cruz, RN", "Pau dos Ferros, RN", "Vitória de Santo Antão, PE"]) {
      const r = await readText(`${town}\njane@example.org\n${job}`);
      expect(r.basics?.name, town).toBeUndefined();
    }
  });

  it("reads the name under a sidebar's contact block that opens with a town and its state's code", async () => {
    const text = ["Santa Cruz, RN", "(84) 99999-0000", "maria.exemplo@example.com.br", "", "Maria Exemplo da Silva", "Enfermeira", "", "EXPERIÊNCIA", "Enfermeira Assistente", "Hospital Exemplo Ltda", "2019 – 2023", ""].join("\n");
    const r = await readText(text);
    expect(r.basics?.name).toBe("Maria Exemplo da Silva");
  });
});

describe("the notice a template prints at the foot of every page", () => {
  it("skips a copyright notice repeated on each page, so that it gives no name, and reads the name under the personal-information title", async () => {
    const footer = ["© European Union, 2002 – 2026 | https://europass.cedefop.europa.eu", "", "Page {n} / 2", ""];
    const text = [
      "Curriculum vitae",
      "",
      "PERSONAL INFORMATION",
      "",
      "Marta Exemplo",
      "Rua das Flores 12, 1200-001 Lisboa, Portugal",
      "marta.exemplo@example.pt",
      "",
      "WORK EXPERIENCE",
      "March 2019 – Present",
      "",
      "Process Engineer",
      "Fabrikam Águas S.A., Lisboa (Portugal)",
      "– Designed treatment upgrades for two plants",
      "",
      ...footer.map((l) => l.replace("{n}", "1")),
      "\fEDUCATION AND TRAINING",
      "2014 – 2016",
      "",
      "Master’s Degree in Environmental Engineering",
      "Universidade de Exemplo, Lisboa (Portugal)",
      "",
      ...footer.map((l) => l.replace("{n}", "2")),
    ].join("\n");
    const r = await readText(text);
    expect(r.basics?.name).toBe("Marta Exemplo");
    expect(JSON.stringify(r.sections ?? [])).not.toContain("European Union");
  });
});

describe("a line of contacts that names links whose addresses the PDF's text lost", () => {
  it("reads the phone and the address beside 'LinkedIn', 'GitHub' and 'Portfolio', and keeps the line out of any catch-all", async () => {
    const r = await readText(`Jane Example\n555-555-0100 | jane@example.org | LinkedIn | GitHub | Portfolio\n${job}`);
    expect([r.basics?.phone, r.basics?.email]).toEqual(["555-555-0100", "jane@example.org"]);
    expect(r.sections ?? []).toEqual([]);
  });

  it("keeps the networks it names, and says at the line what to write to keep each link", async () => {
    const text = `Jane Example\n555-555-0100 | jane@example.org | LinkedIn | GitHub | Portfolio\n${job}`;
    const { resume, diagnostics } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.basics?.profiles).toEqual([{ network: "LinkedIn" }, { network: "GitHub" }]);
    const told = diagnostics.filter((d) => d.ruleId === "link-without-address");
    expect(told.map((d) => [d.position?.line, d.message.match(/"([^"]+)"/)?.[1]])).toEqual([[2, "LinkedIn"], [2, "GitHub"], [2, "Portfolio"]]);
  });
});

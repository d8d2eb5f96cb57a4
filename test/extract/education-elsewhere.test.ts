import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("findEducationInHeader", () => {
  it("takes no address among a form's personal details for the study's field, though its label names a branch of study elsewhere", async () => {
    const text = ["# Mario Rossi", "## Dati personali", "- Indirizzo: Via Roma 12, 20100 Milano", "- Telefono: +39 333 1234567", "- Email: mario@example.it", "- Università: Politecnico di Milano", "## Esperienza", "### Sviluppatore, Acme S.p.A.", "2019 - presente"].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.education).toEqual([{ institution: "Politecnico di Milano" }]);
  });
});

import { describe, expect, it } from "vitest";
import { findTown } from "../../../src/extract/evidence/cities.js";
import { readMarkdown } from "../../support/extract.js";

/** Towns whose names hold a word in lower case, on invented CVs. */
describe("towns named with a word in lower case", () => {
  it("knows a town by the longer name its own country writes", () => {
    expect(findTown("Ciudad de México")?.countryCode).toBe("MX");
    expect(findTown("La Habana")?.countryCode).toBe("CU");
  });

  it("reads 'Town de Name, Country' in the header as where the person lives", async () => {
    const mx = await readMarkdown(["# Lucía Ferrán", "", "Ciudad de México, México | lucia@example.org", "", "## Experiencia", "", "### Desarrolladora - Ferrán Datos", "Enero 2020 – Presente"].join("\n"));
    expect(mx.basics?.location).toMatchObject({ city: "Ciudad de México", countryCode: "MX" });
    const br = await readMarkdown(["# Paulo Teixo", "", "Rio de Janeiro, Brasil | paulo@example.org"].join("\n"));
    expect(br.basics?.location).toMatchObject({ city: "Rio de Janeiro", countryCode: "BR" });
  });
});

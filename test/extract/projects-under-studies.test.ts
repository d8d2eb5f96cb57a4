import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a bold title of projects inside the education section", () => {
  const text = [
    "# Dana Whitfield",
    "",
    "## Estudios",
    "",
    "**Ingeniería Mecánica**",
    "Universidad de Kestrel",
    "2017",
    "",
    "**Proyectos destacados:**",
    "- Brazo robótico de bajo costo",
    "- Medidor de caudal",
    "",
    "## Idiomas",
    "- Inglés",
  ].join("\n");

  it("reads the items under it as projects, and no school of them", async () => {
    const r = await readMarkdown(text);
    expect(r.projects?.map((p) => p.name)).toEqual(["Brazo robótico de bajo costo", "Medidor de caudal"]);
    expect(r.education?.map((e) => e.institution)).toEqual(["Universidad de Kestrel"]);
  });
});

describe("a country given under its label among the personal data", () => {
  it("is the person's country", async () => {
    const text = ["# Dana Whitfield", "", "## Datos Personales", "", "- **País:** Argentina", "- **Email:** dana@example.org", "", "## Experiencia"].join("\n");
    expect((await readMarkdown(text)).basics?.location).toEqual({ countryCode: "AR" });
  });
});

import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const skills = (r: Resume) => (r.skills ?? []).map((s) => [s.name, s.keywords ?? []]);

/** Skill tables as CV sites write them, each on an invented CV. */
describe("rows set between bars with no header row", () => {
  const text = ["# Odile Marchand", "", "## Compétences", "", "| **Langages** | Kotlin, Go |", "| **Outils** | Git, Podman, Gradle |"].join("\n");

  it("reads each row as a group of skills named by its first cell, as kramdown reads them as a table", async () => {
    expect(skills(await readMarkdown(text))).toEqual([
      ["Langages", ["Kotlin", "Go"]],
      ["Outils", ["Git", "Podman", "Gradle"]],
    ]);
  });
});

describe("a table whose first column is headed by the word for one skill", () => {
  const text = [
    "# Lena Ostrup",
    "",
    "## Kenntnisse",
    "",
    "### Werkzeuge",
    "",
    "| Technologie | Erfahrung |",
    "|---|---|",
    "| **Rust** | 3 Semester · Studium |",
    "| **TypeScript / Svelte** | Private Projekte · Vite & Tailwind |",
    "| **Go** | Grundkenntnisse |",
  ].join("\n");

  it("reads a skill a row, what the other column says of it no skill", async () => {
    expect(skills(await readMarkdown(text))).toEqual([["Werkzeuge", ["Rust", "TypeScript / Svelte", "Go"]]]);
  });
});

describe("a French engineering degree with its capital as written", () => {
  it("reads the degree and the field after 'en'", async () => {
    const r = await readMarkdown(["# Odile Marchand", "", "## Formation", "", "**Diplôme d'Ingénieur en Mécanique**  ", "École Supérieure de Valbrune, Nantes  ", "*2010 - 2015*"].join("\n"));
    expect(r.education?.map((e) => [e.studyType, e.area])).toEqual([["Diplôme d'Ingénieur", "Mécanique"]]);
  });
});

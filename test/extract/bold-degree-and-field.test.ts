import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate]);

describe("a degree in bold with its field after it, then the school and year after dashes", () => {
  it("reads the field the connector joins to the bold degree, and the school after the dash", async () => {
    const text = [
      "# Dana Whitfield",
      "",
      "## Educação",
      "**Pós-Graduação** em Banco de Dados – Kestrel – 2020 <br>",
      "**Graduado** em Análise de Sistemas – Osprey – 2013  <br>",
    ].join("\n");
    expect(schools(await readMarkdown(text))).toEqual([
      ["Kestrel", "Pós-Graduação", "Banco de Dados", "2020"],
      ["Osprey", "Graduado", "Análise de Sistemas", "2013"],
    ]);
  });

  it("reads the English form the same way", async () => {
    const text = ["# Dana Whitfield", "", "## Education", "**Master** in Data Science – Kestrel – 2020"].join("\n");
    expect(schools(await readMarkdown(text))).toEqual([["Kestrel", "Master", "Data Science", "2020"]]);
  });
});

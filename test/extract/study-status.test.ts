import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** How a study stands, said in brackets after the school's town, on an invented CV. */
describe("a study's status in brackets after the town", () => {
  it("reads 'Pénsum cerrado' as how the study stands, the town as the school's place", async () => {
    const text = ["# Ana Ruiz", "", "## Formación", "", "- Licenciatura en Física, Universidad del Valle, Cali (Pénsum cerrado), 2019"].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.education?.map((e) => [e.institution, e.location, e.summary])).toEqual([["Universidad del Valle", "Cali", "Pénsum cerrado"]]);
  });
});

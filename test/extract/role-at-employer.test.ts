import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

/** A job's heading that sets a role, an organisation's word and another phrase apart by dashes, each on an invented CV. */
async function jobsOf(...heads: string[]): Promise<Array<[string | undefined, string | undefined]>> {
  const text = ["# Ana Ruiz", "", "## Experience", "", ...heads.flatMap((h) => [`### ${h}`, "2019 – 2022", ""])].join("\n");
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return (resume as Resume).work?.map((w) => [w.name, w.position]) ?? [];
}

describe("a role, a dash and an organisation's word, beside another phrase", () => {
  it("keeps a department or practice with the role beside the employer's name", async () => {
    expect(await jobsOf("Consultant - Financial Services – Deloitte")).toEqual([["Deloitte", "Consultant - Financial Services"]]);
    expect(await jobsOf("Analista - Banca Corporativa – Banco Andino")).toEqual([["Banco Andino", "Analista - Banca Corporativa"]]);
  });

  it("takes the organisation for the employer beside its line of business", async () => {
    expect(await jobsOf("Analista de Datos - Banco Andino – Seguros y Fianzas")).toEqual([["Banco Andino", "Analista de Datos"]]);
  });

  it("keeps a team after the dash with the role, beside a line of business", async () => {
    const [[, position] = []] = await jobsOf("Engineer - Data Platform Services – Insurance & Banking");
    expect(position).toBe("Engineer - Data Platform Services");
  });

  it("keeps a unit after a comma with the role, beside a line of business set apart by a bar", async () => {
    const [[, position] = []] = await jobsOf("Analyst, Strategic Planning Department | Insurance & Banking");
    expect(position).toBe("Analyst, Strategic Planning Department");
  });
});

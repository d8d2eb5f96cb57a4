import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

const cv = (...jobs: string[]) => ["Jane Roe", "jane@example.org", "", "Experience", "", ...jobs.flatMap((j) => [j, ""])].join("\n");

describe("a role run into the organisation it was done for", () => {
  it("cuts a contractor's role from the company it worked for", async () => {
    const r = await readText(cv("Contractor for Contoso Ltd, 2015 - 2016", "Engineer at Tailspin Toys, 2020 - present"));
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([
      ["Contractor", "Contoso Ltd"],
      ["Engineer", "Tailspin Toys"],
    ]);
  });

  it("cuts a research post from the body that funded it, and a consultant's from the ministry it advised", async () => {
    const r = await readText(cv("Research Assistant funded by Fabrikam Foundation, 2013 - 2015", "Consultant to the Ministry of Health, 2010 - 2013"));
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([
      ["Research Assistant", "Fabrikam Foundation"],
      ["Consultant", "Ministry of Health"],
    ]);
  });

  it("keeps a role whose 'for' says what it is about, or names a unit after a comma", async () => {
    const r = await readText(cv("Developer for Mobile Apps, Contoso Ltd, 2015 - 2016", "Research Assistant, Research Unit for Tidal Ecology, Example University, 2013"));
    expect(r.work?.map((w) => w.position)).toEqual(["Developer for Mobile Apps", "Research Assistant"]);
  });
});

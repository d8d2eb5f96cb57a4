import { describe, expect, it } from "vitest";
import { readMarkdown, readText } from "../support/extract.js";

const cv = (...jobs: string[]) => ["Jane Roe", "jane@example.org", "", "Experience", "", ...jobs.flatMap((j) => [j, ""])].join("\n");

describe("the terms of a job written before its employer with a colon", () => {
  it("are the job's title and stay out of the employer's name", async () => {
    const r = await readText(cv("Summer job: Contoso Ltd, 2015 - 2016", "Internship: Fabrikam Inc, 2014", "Engineer, Northwind Traders, 2017 - 2020"));
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([
      ["Summer job", "Contoso Ltd"],
      ["Internship", "Fabrikam Inc"],
      ["Engineer", "Northwind Traders"],
    ]);
  });

  it("keep no Dutch side job in the employer's name", async () => {
    const r = await readText(cv("2015 - 2016  Bijbaan: Contoso BV", "2017 - 2020  Ontwikkelaar, Northwind BV"));
    expect(r.work?.map((w) => w.name)).toEqual(["Contoso BV", "Northwind BV"]);
  });

  it("still qualify a title they are written before", async () => {
    const r = await readText(["Jane Roe", "jane@example.org", "", "Experience", "", "Contoso Ltd", "Summer job: Sales Assistant", "2015 - 2016", ""].join("\n"));
    expect(r.work?.map((w) => [w.position, w.name])).toEqual([["Summer job: Sales Assistant", "Contoso Ltd"]]);
  });
});

describe("the terms of a job before a phrase that names no organisation", () => {
  it("qualify it as the role, not the employer", async () => {
    const text = ["# Jo Vale", "", "## Experience", "", "### Part-time: Barista", "2019 – 2021", "", "### Summer job: Lifeguard", "2017 – 2018", ""].join("\n");
    const r = await readMarkdown(text);
    // naming no organisation, the roles are the section's items, each with its terms as written
    expect(r.work ?? []).toEqual([]);
    expect(r.sections?.find((s) => s.title === "Experience")?.items.map((i) => i.title)).toEqual(["Part-time: Barista", "Summer job: Lifeguard"]);
  });
});

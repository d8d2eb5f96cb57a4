import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a job told twice", () => {
  it("merges a job told twice with the same dates whose second title rewords the first", async () => {
    const r = await readMarkdown(
      ["# Sam Ortiz", "", "## Experience", "", "### Senior Software Engineer, Acme Corp", "January 2019 – March 2023", "", "- Led the payments team.", "- Moved billing to Go.", "",
        "### Senior Engineer, Acme Corp", "January 2019 – March 2023", "", "Payments platform; Go, Kafka."].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([["Acme Corp", "Senior Software Engineer", "2019-01", "2023-03"]]);
  });

  it("keeps two roles with the same dates apart where each, its title within the other's, has highlights of its own", async () => {
    const r = await readMarkdown(
      ["# Sam Ortiz", "", "## Experience", "", "### Senior Go Engineer, Northwind Labs", "November 2021 – February 2022", "", "- Built the asset cloud.", "- Ran the render queue.", "",
        "### Go Engineer, Northwind Labs", "November 2021 – February 2022", "", "- Built the marketing site.", "- Wrote the requirements docs."].join("\n"),
    );
    expect(r.work?.map((w) => w.position)).toEqual(["Senior Go Engineer", "Go Engineer"]);
  });
});

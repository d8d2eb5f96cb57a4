import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("two roles held side by side at one employer", () => {
  it("keeps two roles with the same dates at one employer apart when each is told of in its own words", async () => {
    const r = await readMarkdown(
      ["# Sam Ortiz", "", "## Experience", "", "### Team Leader @ Northwind Labs", "October 2018 - February 2023", "", "Led the design of every software project.", "",
        "### Back-end Engineer @ Northwind Labs", "October 2018 - February 2023", "", "Main developer of the billing back-end.", "",
        "### Front-end Engineer @ Northwind Labs", "April 2017 - October 2018", "", "Built the web client."].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Northwind Labs", "Team Leader", "2018-10", "2023-02"],
      ["Northwind Labs", "Back-end Engineer", "2018-10", "2023-02"],
      ["Northwind Labs", "Front-end Engineer", "2017-04", "2018-10"],
    ]);
  });
});

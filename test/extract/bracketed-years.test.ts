import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates.js";
import { readText } from "../support/extract.js";

describe("two-digit years in brackets", () => {
  it("dates entries margined by a range of two-digit years", async () => {
    const r = await readText(["Jane Roe", "jane@example.org", "", "Experience", "", "[16-17] Consultant, Contoso Ltd", "[98-01] Developer, Fabrikam Inc", ""].join("\n"));
    expect(r.work?.map((w) => [w.position, w.name, w.startDate, w.endDate])).toEqual([
      ["Consultant", "Contoso Ltd", "2016", "2017"],
      ["Developer", "Fabrikam Inc", "1998", "2001"],
    ]);
  });

  it("reads a range closing its line in round brackets", () => {
    expect(findDates("Engineer, Fabrikam Inc (01-05)").map((d) => [d.start, d.end])).toEqual([["2001", "2005"]]);
  });

  it("reads no pages, scores or backwards ranges as years", () => {
    expect(findDates("Journal of Examples 3(12-19)")).toEqual([]);
    expect(findDates("Won the final (17-12)")).toEqual([]);
  });
});

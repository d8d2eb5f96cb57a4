import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates.js";

describe("a citation's year before its DOI", () => {
  it("reads no month from the DOI's '10.' after the year", () => {
    expect(findDates("Journal of Coastal Studies, vol. 12, 2023. 10.1016/j.jcs.2023.118761")[0]?.start).toBe("2023");
  });

  it("still reads a year and a month set apart by a stop", () => {
    expect(findDates("2021. 06")[0]?.start).toBe("2021-06");
    expect(findDates("2022.05.02")[0]?.start).toBe("2022-05-02");
  });
});

import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates.js";

describe("a 職務経歴書 whose employers' periods are labelled parts of each entry", () => {
  it("reads a later month in one digit after a start written year then month as that month of the same year", () => {
    expect(findDates("2023/4 ~ 8")[0]).toMatchObject({ start: "2023-04", end: "2023-08", range: true });
    expect(findDates("2023/4 - 6 people")[0]?.range).toBe(false);
  });
});

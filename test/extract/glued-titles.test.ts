import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates.js";
import { readMarkdown } from "../support/extract.js";

describe("a title glued onto the dates before it", () => {
  it("ends the range at the year or the word for now, and the title keeps its first letter", async () => {
    const resume = await readMarkdown(
      [
        "# Jordan Vale",
        "",
        "## Experience",
        "",
        "__Harbor Bakery, March 2021 - PresentShift Lead__",
        "",
        "- Opened the store",
        "",
        "__Northway Books, June 2018 - August 2019Store Clerk__",
        "",
        "- Shelved books",
        "",
      ].join("\n"),
    );
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ["Harbor Bakery", "Shift Lead", "2021-03", undefined],
      ["Northway Books", "Store Clerk", "2018-06", "2019-08"],
    ]);
  });

  it("still reads letters glued in lower case as part of the word", () => {
    expect(findDates("build v2019b and 2019abc")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** Lines that say when the CV was last updated, and lines that only look like one, each on an invented CV. */
describe("a label of an update over a range of dates", () => {
  it("leaves the range to the entry it stands under, in English and in German", async () => {
    const en = await readMarkdown(["# Jane Doe", "", "## Experience", "", "### Software Engineer, Acme Corp", "Updated 2019 – 2021"].join("\n"));
    expect(en.work?.map((w) => [w.startDate, w.endDate])).toEqual([["2019", "2021"]]);
    expect(en.meta?.lastModified).toBeUndefined();
    const de = await readMarkdown(["# Jana Beispiel", "", "## Berufserfahrung", "", "### Softwareentwicklerin, Beispiel GmbH", "Stand 2018 – 2020"].join("\n"));
    expect(de.work?.map((w) => [w.startDate, w.endDate])).toEqual([["2018", "2020"]]);
  });
});

import { describe, expect, it } from "vitest";
import { readPlace } from "../../../src/extract/evidence/places.js";
import { readMarkdown } from "../../support/extract.js";

describe("a US state's code written in title case before a ZIP code", () => {
  it("is the region, as written, and the town before it the city", async () => {
    const resume = await readMarkdown(["# Sam Reed", "", "#### 41 Oak Ave, Cedar Falls, Ia 50613", "", "sam@example.com", "", "## Experience", "", "**Acme** - Developer, 2019 - 2020", ""].join("\n"));
    expect(resume.basics?.location).toMatchObject({ city: "Cedar Falls", region: "Ia" });
  });

  it("needs the ZIP code: two letters in title case alone may be any word", () => {
    expect(readPlace("Cedar Falls, Ia")?.region).toBeUndefined();
  });
});

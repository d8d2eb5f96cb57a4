import { describe, expect, it } from "vitest";
import { readPlace } from "../../../src/extract/evidence/places.js";
import { readMarkdown } from "../../support/extract.js";

const fields = (text: string) => {
  const place = readPlace(text);
  return place && { city: place.city, region: place.region, countryCode: place.countryCode };
};

describe("a US address with no comma between street and town", () => {
  it("reads the part after the comma as the state and the known town before it as the city", () => {
    expect(fields("1200 Elm Street Springfield, Illinois 62704")).toEqual({ city: "Springfield", region: "Illinois", countryCode: undefined });
    expect(fields("48 Birch Avenue Portland, OR 97201")).toEqual({ city: "Portland", region: "OR", countryCode: undefined });
  });

  it("keeps reading an address whose street and town a comma parts", () => {
    expect(fields("1200 Elm Street, Springfield, IL 62704")).toEqual({ city: "Springfield", region: "IL", countryCode: undefined });
  });

  it("gives the header's owner that town and state", async () => {
    const resume = await readMarkdown("# Dana Lowell\n\n1200 Elm Street Springfield, Illinois 62704\ndana@example.org\n\n## Experience\n\n### Analyst, Northwind Traders\n2019 - 2021\n");
    expect(resume.basics?.location).toMatchObject({ city: "Springfield", region: "Illinois" });
  });
});

import { describe, expect, it } from "vitest";
import { readContact } from "../../src/extract/contacts.js";

describe("a town at the end of a line of prose", () => {
  it("is no place of the owner's where words of prose come before it, though an address's street words may", () => {
    expect(readContact("German language course A1.1 by Sprachschule Nord, Munich.")).toBeUndefined();
    expect(readContact("12 rue de la Paix, Paris, France")).toMatchObject({ field: "location", value: { city: "Paris", countryCode: "FR" } });
    // a postal address's abbreviations ("ул.", "д.", "кв.") are no prose
    expect(readContact("ул. Ленина, д. 5, кв. 12, Москва, Россия")).toMatchObject({ field: "location", value: { city: "Москва", countryCode: "RU" } });
  });
});

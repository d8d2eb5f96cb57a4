import { describe, expect, it } from "vitest";
import { findTown } from "../../../src/extract/evidence/cities.js";

describe("findTown", () => {
  it("knows towns by the names their people and other languages write", () => {
    const codes = ["Den Haag", "The Hague", "München", "Munich", "Bangalore", "Bengaluru", "Astana", "Астана", "Bogotá", "Bogota", "東京", "서울", "Geneva", "Wels", "Mysore"].map((name) => findTown(name)?.countryCode);
    expect(codes).toEqual(["NL", "NL", "DE", "DE", "IN", "IN", "KZ", "KZ", "CO", "CO", "JP", "KR", "CH", "AT", "IN"]);
  });

  it("gives a name that several towns share to the most populous", () => {
    expect(findTown("Madrid")?.countryCode).toBe("ES");
    expect(findTown("Porto")?.countryCode).toBe("PT");
  });

  it("marks towns named by everyday words and knows no villages or words", () => {
    expect(findTown("Nice")).toEqual({ countryCode: "FR", everyday: true });
    expect(findTown("Reading")?.everyday).toBe(true);
    expect(findTown("Berlin")?.everyday).toBe(false);
    expect(findTown("Farfetch")).toBeUndefined();
  });
});

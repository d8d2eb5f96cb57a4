import { describe, expect, it } from "vitest";
import { schoolWithoutHonours } from "../../src/extract/honours.js";
import type { Resume } from "../../src/resume/schema.js";
import { extractSource } from "../support/extract.js";

describe("honours in brackets after a school's name", () => {
  it("cuts them from the school's name and gives them back apart", () => {
    expect(schoolWithoutHonours("University of Westmark (First Class Honours)")).toEqual({ school: "University of Westmark", honours: "First Class Honours" });
    expect(schoolWithoutHonours("University of Westmark")).toEqual({ school: "University of Westmark" });
  });

  it("keeps a minor in brackets after the school in the entry's text", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "EDUCATION", "", "BSc in Physics, University of Westmark (Minor in Economics)   2012 - 2015", ""].join("\n");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    const [school] = (resume as Resume).education ?? [];
    expect([school?.institution, JSON.stringify(school)]).toEqual(["University of Westmark", expect.stringContaining("Minor in Economics")]);
  });
});

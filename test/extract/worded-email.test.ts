import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

describe("an e-mail address spelt in bare words", () => {
  it("is read as the address it spells", async () => {
    const resume = await readText(["Casey Morrow", "", "Email", "  casey.morrow at example dot org", "", "Experience", "==========", "Acme Tools", "  2019 - 2021", ""].join("\n"));
    expect(resume.basics?.email).toBe("casey.morrow@example.org");
  });

  it("needs the dot spelt too: a role at a host names an employer", async () => {
    const resume = await readText(["Casey Morrow", "", "Engineer at acme.io", ""].join("\n"));
    expect(resume.basics?.email).toBeUndefined();
  });

  it("needs a domain's ending after the last dot: a role at a studio named with the word is no address", async () => {
    const resume = await readText(["Casey Morrow", "", "Designer at Polka dot Studio", ""].join("\n"));
    expect(resume.basics?.email).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** A profile README's row of badges, one of them a detail labelled by its alt text, on an invented CV. */
describe("a badge labelled as a detail", () => {
  it("reads a badge whose alt text is 'Location' as the owner's place, the badge's words its value", async () => {
    const r = await readMarkdown(
      [
        "# Jane Roe",
        "",
        '<p align="left">',
        '  <a href="https://github.com/janeroe"><img src="https://img.shields.io/badge/GitHub-24292F?style=flat&logo=github" alt="GitHub"/></a>',
        '  <img src="https://img.shields.io/badge/Leeds,%20UK-24292F?style=flat&logo=googlemaps" alt="Location"/>',
        '  <img src="https://img.shields.io/badge/AWS--SAA-0A66C2?style=flat" alt="AWS-SAA"/>',
        "</p>",
        "",
        "## Experience",
        "",
        "- Engineer, Acme Ltd, 2019 - 2021",
      ].join("\n"),
    );
    expect(r.basics?.location?.city).toBe("Leeds");
    expect(r.basics?.location?.countryCode).toBe("GB");
  });
});

import { describe, expect, it } from "vitest";
import { onlyPictures } from "../../src/parse/picture-alt.js";
import { extractSource } from "../support/extract.js";

describe("an image's alt text beside the words of a CV", () => {
  it("keeps 'Python logo' in a row of skills' logos, which the words beside it do not name", () => {
    expect(onlyPictures("Python logo", " Go, Rust")).toBe(false);
  });

  it("drops the alt text of a logo of what the words after it name, joining words aside", () => {
    expect(onlyPictures("the Initech company logo", " Initech — Engineer")).toBe(true);
  });

  it("drops a remote image's alt text that only describes a logo of the employer beside it", async () => {
    const text = ["# Oren Tal", "", "## Experience", "", '<img alt="Initech logo" src="https://example.com/initech.png"> Initech — Engineer, 2019 - 2021', ""].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.[0]?.name).toBe("Initech");
  });
});

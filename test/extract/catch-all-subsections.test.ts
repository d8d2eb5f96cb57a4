import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("bold titles inside a section no reader lists", () => {
  it("split it into the sections they title", async () => {
    const resume = await readMarkdown(
      [
        "# Robin Ash",
        "",
        "### Activities",
        "",
        "***Side Projects***",
        "",
        "* [**TideClock**](https://example.org/tideclock): a clock that shows the tides (Rust)",
        "* [**LeafSort**](https://example.org/leafsort): sorts photos of leaves",
        "",
        "***Organizations***",
        "",
        "* 2011 - 2014: Member of the Riverside Chess Club",
        "",
        "***Honors***",
        "",
        "* Silver Quill (Young Writers League)",
        "",
      ].join("\n"),
    );
    expect(resume.projects?.map((p) => p.name)).toEqual(["TideClock", "LeafSort"]);
    expect(resume.awards?.map((a) => a.title)).toEqual(["Silver Quill"]);
    expect(resume.sections?.map((s) => s.title)).toEqual(["Organizations"]);
  });

  it("leave a section whose bold titles name no section that is read as one section", async () => {
    const resume = await readMarkdown(
      ["# Robin Ash", "", "### Activities", "", "**Organizations**", "", "* Chess club", "", "**Teaching**", "", "* Rowing lessons", ""].join("\n"),
    );
    expect(resume.sections?.map((s) => s.title)).toEqual(["Activities"]);
  });
});

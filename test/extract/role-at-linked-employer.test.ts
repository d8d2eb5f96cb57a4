import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** A bold role with its employer linked after the word for "at", as profile READMEs write jobs, on an invented CV. */
describe("a role at a linked employer", () => {
  it("leaves the word for 'at' out of the role where a link sets the employer apart", async () => {
    const r = await readMarkdown(
      [
        "# Jane Roe",
        "",
        "## Experience",
        "",
        "**Software Engineer at [Globex](https://globex.example) (Jan 2020 – Now)**",
        "- Built things",
        "",
        "**Analyst at [Initech](https://initech.example) (Jan 2016 – Dec 2019)**",
        "- Wrote reports",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position])).toEqual([
      ["Globex", "Software Engineer"],
      ["Initech", "Analyst"],
    ]);
  });
});

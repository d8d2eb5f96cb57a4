import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

/** An employer's bold line with the towns it was worked in, in brackets, over its roles, on invented CVs. */
describe("an employer's towns in brackets", () => {
  it("keeps towns set apart by a semicolon inside the brackets as the jobs' place, the employer whole", async () => {
    const r = await readMarkdown(
      [
        "# Jane Roe",
        "",
        "## Experience",
        "",
        "**[Acme](https://acme.example) (Lyon, France; Austin, TX)**",
        "",
        "_**Senior Engineer (Oct 2021 – Now)**_",
        "- Built things",
        "",
        "_**Engineer (Jan 2019 – Sep 2021)**_",
        "- Built more things",
        "",
        "**[Globex Inc.](https://globex.example) (Berlin, Germany)**",
        "",
        "_**Analyst (Jan 2016 – Dec 2018)**_",
        "- Wrote reports",
      ].join("\n"),
    );
    expect(r.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Acme", "Senior Engineer", "2021-10"],
      ["Acme", "Engineer", "2019-01"],
      ["Globex Inc.", "Analyst", "2016-01"],
    ]);
    expect(r.work?.[0]?.location).toBe("Lyon, France; Austin, TX");
  });
});

import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { readMarkdown } from "../support/extract.js";

const schools = (r: Resume) => (r.education ?? []).map((e) => [e.institution, e.studyType, e.area, e.endDate]);

describe("a school's heading over several degree lines", () => {
  it("reads each dated degree line as a degree of its own at that school", async () => {
    const text = [
      "# Dana Whitfield",
      "",
      "### Experience",
      "#### ACME WIDGETS, Avon, NY",
      "Software Engineer, 2009-2010",
      "",
      "### Education",
      "#### WESTMARK UNIVERSITY, Avon, NY",
      "Bachelor of Arts, Physics, May 2008",
      "Bachelor of Arts, Music, May 2008",
    ].join("\n");
    expect(schools(await readMarkdown(text))).toEqual([
      ["WESTMARK UNIVERSITY", "Bachelor of Arts", "Physics", "2008-05"],
      ["WESTMARK UNIVERSITY", "Bachelor of Arts", "Music", "2008-05"],
    ]);
  });

  it("keeps one degree line with a sentence under it as one entry", async () => {
    const text = ["# Dana Whitfield", "", "### Education", "#### WESTMARK UNIVERSITY", "Bachelor of Arts, Physics, May 2008", "Thesis on tidal models, with honours."].join("\n");
    expect(schools(await readMarkdown(text))).toEqual([["WESTMARK UNIVERSITY", "Bachelor of Arts", "Physics", "2008-05"]]);
  });
});

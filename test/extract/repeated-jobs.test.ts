import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("a job told twice", () => {
  it("is not two jobs at one employer in one year in two places: both are kept, each with its place", async () => {
    const { resume } = await extractSource({
      path: "cv.md",
      text: ["# Jonas Keller", "", "## Experience", "", "- 2016 &emsp; Internship at Brightwave in Bonn", "- 2016 &emsp; Hackathon at Brightwave in Cologne", "- 2015 &emsp; Summer job at Lindqvist AG in Bonn"].join("\n"),
      format: "markdown",
      formatReason: "test",
    });
    expect(resume.work?.map((w) => [w.name, w.position, w.location, w.startDate])).toEqual([
      ["Brightwave", "Internship", "Bonn", "2016"],
      ["Brightwave", "Hackathon", "Cologne", "2016"],
      ["Lindqvist AG", "Summer job", "Bonn", "2015"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("studies an about page tells in prose", () => {
  it("reads a school named by its initials right after a word for attending it, with the degree the sentence names", async () => {
    const r = await readMarkdown(["---", "title: About Me", "---", "", "Hi, I'm Sam Ortiz, a developer in Denver.", "", "I attend [NVU](https://nvu.example), where I'm pursuing a Bachelor's degree in Physics. I'm a member of the chess club."].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.area])).toEqual([["NVU", "Physics"]]);
  });

  it("reads the field a sentence names after a major's words, with the school and year it named before", async () => {
    const r = await readMarkdown(["# About Me", "", "I'm a software engineer at Acme.", "", "I graduated from NVU in 2011 with a double major in computer science and math."].join("\n"));
    expect(r.education?.map((e) => [e.institution, e.area, e.endDate])).toEqual([["NVU", "computer science and math", "2011"]]);
  });

  it("reads no school from initials the sentence goes on from as a word of its own", async () => {
    const r = await readMarkdown(["# About Me", "", "I'm a software engineer at Acme.", "", "I attend NVU meetups and have a Bachelor's degree in Physics."].join("\n"));
    expect(r.education).toBeUndefined();
  });
});

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

  const about = (sentence: string) => readMarkdown(["# About Me", "", "I'm a research engineer at Acme Labs.", "", sentence].join("\n"));

  it.each([
    "I regularly attend ICML and NeurIPS, and I have a PhD in Statistics.",
    "I've attended GDC since 2015 and hold a Master's degree in Game Design.",
    "I attended SXSW in 2019, where I gave a talk on my Bachelor's thesis in Interaction Design.",
    "I attended the IETF in Prague with a concentration in routing protocols.",
  ])("reads no school from the initials of an event the writer attends: %s", async (sentence) => {
    expect((await about(sentence)).education?.some((e) => /^\p{Lu}{2,6}$/u.test(e.institution ?? ""))).not.toBe(true);
  });

  it("reads initials after a word for attending where the clause goes straight on to what is studied there", async () => {
    const r = await about("I attended NVU in 2010, majoring in physics.");
    expect(r.education?.map((e) => [e.institution, e.area])).toEqual([["NVU", "physics"]]);
  });

  it("ends the field a major's words name at the comma where the sentence moves on", async () => {
    const moved = await about("I graduated from NVU in 2014 with a major in economics, then moved to Berlin.");
    expect(moved.education?.map((e) => e.area)).toEqual(["economics"]);
    const work = await about("I attend NVU, majoring in computer science, and I work part-time at ACME as a tutor.");
    expect(work.education?.map((e) => [e.institution, e.area])).toEqual([["NVU", "computer science"]]);
  });

  it("reads a field named as a list of fields across its commas", async () => {
    const r = await about("I graduated from NVU in 2014 with a major in physics, chemistry and mathematics.");
    expect(r.education?.map((e) => e.area)).toEqual(["physics, chemistry and mathematics"]);
  });
});

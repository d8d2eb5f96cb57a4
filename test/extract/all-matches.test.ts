import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allMatches } from "../../src/extract/all-matches.js";
import { datePattern } from "../../src/extract/date-pattern.js";

/** What matchAll gives, in a form that compares: each match's groups, index and captures. */
const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

describe("allMatches", () => {
  it("finds what matchAll finds, empty matches and surrogate pairs included", () => {
    const cases: Array<[RegExp, string]> = [
      [/\d*/g, "a12b3"],
      [/(?:)/gu, "a😀b"],
      [/x*/g, "😀x"],
      [/(?<y>(?:19|20)\d\d)/g, "2019 – 2021, then 2023"],
    ];
    for (const [pattern, text] of cases) expect(shape(allMatches(pattern, text))).toEqual(shape(text.matchAll(pattern)));
  });

  it("reads every line of a CV in resumes/ as matchAll does with the date pattern", () => {
    const text = readFileSync(new URL("../../resumes/xueshen.md", import.meta.url), "utf8").toLowerCase();
    for (const line of text.split("\n")) expect(shape(allMatches(datePattern(), line))).toEqual(shape(line.matchAll(datePattern())));
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => allMatches(/\d/, "1")).toThrow(TypeError);
  });
});

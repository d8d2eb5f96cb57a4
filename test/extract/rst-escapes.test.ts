import { describe, expect, it } from "vitest";
import { readText } from "../support/extract.js";

const cv = [
  "Jane Roe",
  "========",
  "",
  "-  Email: `jane@example.org <mailto:jane@example.org>`__",
  "-  Github: `janeroe <http://github.com/janeroe>`__",
  "-  Twitter: @\\ `jane\\_roe <http://twitter.com/jane_roe>`__",
  "",
  "Experience",
  "----------",
  "",
  "Engineer, Contoso Ltd, 2018 - 2020",
  "",
  "Skills",
  "------",
  "",
  "Those tools which I reach for in my daily work are marked with a :sup:`†` symbol.",
  "",
  "-  `Rust <http://rust-lang.org>`__\\ :sup:`†`",
  "-  `Python <http://python.org>`__",
  "",
];

describe("reStructuredText's escapes and roles", () => {
  it("are markup: an escaped handle in a link is read as the profile it names", async () => {
    const r = await readText(cv.join("\n"));
    expect(r.basics?.profiles?.map((p) => [p.network, p.username])).toContainEqual(["X", "jane_roe"]);
  });

  it("leave a skill without the sign that keys a note", async () => {
    const r = await readText(cv.join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Rust", "Python"]);
  });
});

describe("a long sentence over a list of skills", () => {
  it("is no skill, though it is not told in the first person", async () => {
    const r = await readText(["Jane Roe", "jane@example.org", "", "Experience", "", "Engineer, Contoso Ltd, 2018 - 2020", "", "Skills", "", "The tools listed first here are the ones used for the longest time in daily work.", "", "- Rust", "- Python", ""].join("\n"));
    expect(r.skills?.map((s) => s.name)).toEqual(["Rust", "Python"]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const cv = (row: string[]) => ["# Sam Ortiz", "", "## Tech Stack", "", ...row, "", "## Experience", "", "**Engineer**, Acme, 2019 – 2021"].join("\n");

describe("a row of skills' logos", () => {
  it("reads each logo of a mixed row as a skill, a logo with its word after it and one without", async () => {
    const r = await readMarkdown(cv(["![Python logo](https://cdn.example.com/python.svg) ![Docker logo](https://cdn.example.com/docker.svg) Docker ![Go logo](https://cdn.example.com/go.svg)"]));
    expect(r.skills?.map((s) => s.name)).toEqual(["Python", "Docker", "Go"]);
  });

  it("reads the logos of a row with spacer images between them as skills of their own", async () => {
    const r = await readMarkdown(
      cv(['<p>', '  <img src="https://cdn.example.com/python.svg" height="30" alt="python logo" />', '  <img width="12" />', '  <img src="https://cdn.example.com/ts.svg" height="30" alt="typescript logo" />', "</p>"]),
    );
    expect(r.skills?.map((s) => s.name)).toEqual(["python", "typescript"]);
  });
});

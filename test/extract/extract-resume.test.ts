import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a greeting in a later about section that names a job, not a person", () => {
  it("names no author", async () => {
    const resume = await readMarkdown(["# About", "", "Welcome to my page.", "", "## Objective", "", "Hello, I am Senior Data Engineer looking for remote work.", ""].join("\n"));
    expect(resume.basics?.name).toBeUndefined();
  });
});

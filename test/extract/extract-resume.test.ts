import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

async function read(text: string) {
  const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
  return resume;
}

describe("a greeting in a later about section that names a job, not a person", () => {
  it("names no author", async () => {
    const resume = await read(["# About", "", "Welcome to my page.", "", "## Objective", "", "Hello, I am Senior Data Engineer looking for remote work.", ""].join("\n"));
    expect(resume.basics?.name).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a section of labelled lists of names", () => {
  it("is skills under a title that says education", async () => {
    const resume = await readMarkdown(`# Mara Quill

## Experience

### Data Scientist, Lantern Works (2019 - Present)

- Built forecasting models.

## Qualifications

- **Programming**: Python, R, SQL
- **Statistics**: Bayesian inference, time series
- **Tools**: Git, Docker
`);
    expect(resume.education ?? []).toEqual([]);
    expect(resume.skills?.map((s) => s.name)).toEqual(["Programming", "Statistics", "Tools"]);
  });

  it("is skills under a title vitae does not know, though some lists name two things", async () => {
    const resume = await readMarkdown(`# Mara Quill

## Programming and statistics

**Languages**: Python, R, Julia

**Methods**: regression, survival analysis
`);
    expect(resume.sections ?? []).toEqual([]);
    expect(resume.skills?.find((s) => s.name === "Methods")?.keywords).toEqual(["regression", "survival analysis"]);
  });

  it("stays education where the entries are dated", async () => {
    const resume = await readMarkdown(`# Mara Quill

## Qualifications

- **BSc Computer Science**: Harrowgate University, 2012, First
- **MSc Statistics**: Northvale University, 2014, Distinction
`);
    expect(resume.skills ?? []).toEqual([]);
    expect(resume.education?.length).toBe(2);
  });
});

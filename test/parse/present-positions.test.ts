import { describe, expect, it } from "vitest";
import { classifyTitle } from "../../src/parse/section-titles.js";
import { readText } from "../support/extract.js";

describe("a title of the positions held now", () => {
  it("says 'present' as it says 'current'", () => {
    expect(classifyTitle("Present Position")).toBe("work");
    expect(classifyTitle("Present Appointments")).toBe("work");
    expect(classifyTitle("Present")).toBeUndefined();
  });

  it("heads the jobs in plain text", async () => {
    const resume = await readText(`Mara Quill

PRESENT POSITION

Professor of Statistics, Harrowgate University, 2019 - present

EDUCATION

PhD Statistics, Northvale University, 2012
`);
    expect(resume.work?.[0]?.position).toBe("Professor of Statistics");
  });
});

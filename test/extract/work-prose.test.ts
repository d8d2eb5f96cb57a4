import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("a job's header", () => {
  it("keeps the running text after a bold header as the job's summary", async () => {
    const text = "# Jane Doe\n\n## Work\n\n2020.07 ~ 2021.01\n:  **Acme/Senior Engineer；** Built the payment system from scratch and ran it for two years.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.[0]).toMatchObject({ name: "Acme", position: "Senior Engineer", summary: "Built the payment system from scratch and ran it for two years." });
  });
});

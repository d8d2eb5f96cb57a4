import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

describe("a job's header", () => {
  it("keeps the running text after a bold header as the job's summary", async () => {
    const text = "# Jane Doe\n\n## Work\n\n2020.07 ~ 2021.01\n:  **Acme/Senior Engineer；** Built the payment system from scratch and ran it for two years.\n";
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.[0]).toMatchObject({ name: "Acme", position: "Senior Engineer", summary: "Built the payment system from scratch and ran it for two years." });
  });
});

describe("a role at its employer run into sentences about the job", () => {
  it("ends the employer's name where the first sentence does, and keeps the sentences as the job's summary", async () => {
    const text = [
      "# Claire Martin",
      "",
      "## Expériences professionnelles",
      "",
      "* **2019/actuellement :** Ingénieur logiciel chez [Voltaris](https://example.com). Conception de cartes, drivers Linux, tests.",
      "* **2015/2019 :** Développeuse chez Orvane. Maintenance du firmware des bornes de recharge.",
    ].join("\n");
    const { resume } = await extractSource({ path: "cv.md", text, format: "markdown", formatReason: "test" });
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.summary])).toEqual([
      ["Voltaris", "Ingénieur logiciel", "2019", undefined, "Conception de cartes, drivers Linux, tests."],
      ["Orvane", "Développeuse", "2015", "2019", "Maintenance du firmware des bornes de recharge."],
    ]);
  });
});

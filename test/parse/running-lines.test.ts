import { describe, expect, it } from "vitest";
import { extractSource } from "../support/extract.js";

/** Two pages of a PDF's text layer (pdftotext's output, pages split by form feeds), the same footer on each. */
function twoPages(footer: string): string {
  return [
    "Jane Example",
    "Staff Accountant",
    "",
    "EXPERIENCE",
    "Senior Accountant",
    "Northwind Traders LLC",
    "2019 – 2023",
    "Closed the books each month",
    "",
    footer,
    "\fEDUCATION",
    "Bachelor of Science in Accounting",
    "Northwind University",
    "2015 – 2019",
    "",
    footer,
    "",
  ].join("\n");
}

describe("a notice repeated at the foot of every page", () => {
  it("reads the e-mail and the phone of a copyright line that carries the owner's contacts", async () => {
    const text = twoPages("Copyright 2024 Jane Example · jane@example.org · +1 555 555 0100");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect([resume.basics?.name, resume.basics?.email, resume.basics?.phone]).toEqual(["Jane Example", "jane@example.org", "+1 555 555 0100"]);
  });

  it("skips a notice that names only the template's site, so nothing of it is read", async () => {
    const text = twoPages("© European Union, 2002 – 2026 | https://europass.cedefop.europa.eu");
    const { resume } = await extractSource({ path: "cv.txt", text, format: "text", formatReason: "test" });
    expect(resume.basics?.name).toBe("Jane Example");
    expect(JSON.stringify(resume)).not.toMatch(/European Union|europass/);
  });
});

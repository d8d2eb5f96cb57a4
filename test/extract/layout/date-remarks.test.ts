import { describe, expect, it } from "vitest";
import { isDatesRemark } from "../../../src/extract/layout/date-remarks.js";
import type { Resume } from "../../../src/resume/schema.js";
import { readText } from "../../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position]);

describe("remarks in brackets after a job's dates", () => {
  it("takes a clause of two words or more in lower case for a remark", () => {
    expect(isDatesRemark("(company folded)")).toBe(true);
    expect(isDatesRemark("(acquired by Contoso)")).toBe(true);
  });

  it("does not take one word, a name with a capital inside or a domain for a remark", () => {
    for (const text of ["(eBay)", "(iRobot)", "(bol.com)", "(acme.io)", "(zalando)", "(barista)", "(nanny)", "(waitress)"]) {
      expect(isDatesRemark(text), text).toBe(false);
    }
  });

  it("still reads an employer in brackets after the dates as the employer", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "EXPERIENCE", "", "  Senior Software Developer", "  October 2019 - April 2020 (eBay)", "", "  Built the order services in Go.", ""].join("\n");
    const [job] = jobs(await readText(text));
    expect([job?.[0]?.replace(/[()]/gu, ""), job?.[1]]).toEqual(["eBay", "Senior Software Developer"]);
  });

  it("still reads a one-word role in brackets after the dates as the role", async () => {
    const text = ["Jane Roe", "jane@example.org", "", "EXPERIENCE", "", "  Northwind Traders", "  October 2019 - April 2020 (barista)", "", "  Served coffee to the morning crowd.", ""].join("\n");
    expect(jobs(await readText(text))).toEqual([["Northwind Traders", "barista"]]);
  });
});

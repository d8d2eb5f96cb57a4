import { describe, expect, it } from "vitest";
import type { Resume } from "../../src/resume/schema.js";
import { isEmploymentType } from "../../src/extract/vocabulary.js";
import { readMarkdown } from "../support/extract.js";

const jobs = (r: Resume) => (r.work ?? []).map((w) => [w.name, w.position, w.startDate]);

describe("the terms of a job written after its dates, as LinkedIn writes them", () => {
  it("keeps the employer the heading names when the date line says the job was freelance", async () => {
    const text = [
      "# Dana Whitfield",
      "",
      "## Experience",
      "",
      "### Northwind Labs — Go Developer",
      "",
      "Sep 2016 – Dec 2016 · Remote · Freelance",
      "",
      "- Built a command-line client for the service.",
      "",
      "### Harbour Games — Senior Go Developer",
      "",
      "Jan 2017 – Dec 2018 · Remote · Full-time",
    ].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([
      ["Northwind Labs", "Go Developer", "2016-09"],
      ["Harbour Games", "Senior Go Developer", "2017-01"],
    ]);
  });

  it("knows LinkedIn's Russian and Ukrainian words for a contract as terms of a job", () => {
    expect(["Контракт", "Сезонная работа", "Стажування"].map(isEmploymentType)).toEqual([true, true, true]);
  });

  it("still reads a self-employment word as the employer where no other phrase names one", async () => {
    const text = ["# Dana Whitfield", "", "## Experience", "", "### Web Developer", "", "Freelance · 2019 – 2021"].join("\n");
    expect(jobs(await readMarkdown(text))).toEqual([["Freelance", "Web Developer", "2019"]]);
  });
});

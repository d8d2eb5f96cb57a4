import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

describe("a self-employment label in brackets after a job title", () => {
  it("stands where the employer goes, not another role at the job above", async () => {
    const resume = await readMarkdown(`# Jana Roe

## Expérience

### Développeuse Backend | Foxglove Labs, Porto

_Mar 2022 – Présent_

- Conception des API.

### Développeuse Fullstack (Freelance)

_Jan 2020 – Fév 2022_

- Sites pour plusieurs clients.
`);
    expect(resume.work?.map((w) => [w.name, w.position, w.startDate])).toEqual([
      ["Foxglove Labs", "Développeuse Backend", "2022-03"],
      ["Freelance", "Développeuse Fullstack", "2020-01"],
    ]);
  });

  it("leaves a bracket that names no self-employment to the title", async () => {
    const resume = await readMarkdown(`# Jana Roe

## Experience

### Fullstack Developer (Contract)

_Jan 2020 – Feb 2022_
`);
    expect(resume.work?.[0]?.name).not.toBe("Contract");
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const cv = (contact: string) => `# Jana Roe

## Contact

- 📧 [jana@example.com](mailto:jana@example.com)
- ${contact}

## Experience

### Backend Developer | Foxglove Labs, Porto

_Jan 2021 – Present_
`;

describe("a network's label before a link", () => {
  it("reads 'LinkedIn: [a name](profile)' as the profile the link leads to", async () => {
    const resume = await readMarkdown(cv("🔗 LinkedIn: [Jana Roe](https://www.linkedin.com/in/janaroe)"));
    expect(resume.basics?.profiles).toEqual([expect.objectContaining({ network: "LinkedIn", url: "https://www.linkedin.com/in/janaroe" })]);
    expect(resume.sections ?? []).toEqual([]);
  });

  it("keeps the link's address where its text is the handle", async () => {
    const resume = await readMarkdown(cv("LinkedIn: [janaroe](https://www.linkedin.com/in/janaroe)"));
    expect(resume.basics?.profiles).toEqual([expect.objectContaining({ network: "LinkedIn", username: "janaroe", url: "https://www.linkedin.com/in/janaroe" })]);
  });
});

import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const cv = (softTitle: string, soft: string) => `# Jana Roe

## ${softTitle}

${soft}

## Compétences techniques

**Langages :** Go · Rust · SQL

## Expérience

### Développeuse Backend | Foxglove Labs, Porto

_Mar 2022 – Présent_
`;

describe("a flat list under a title of soft skills", () => {
  it("is one group named by the title, its items the keywords", async () => {
    const resume = await readMarkdown(cv("Compétences interpersonnelles", "Écoute · Pédagogie · Travail en équipe"));
    expect(resume.skills?.[0]).toEqual({ name: "Compétences interpersonnelles", keywords: ["Écoute", "Pédagogie", "Travail en équipe"] });
    expect(resume.skills?.[1]?.name).toBe("Langages");
  });

  it("groups a bulleted list so too", async () => {
    const resume = await readMarkdown(cv("Soft Skills", "- Mentoring\n- Public speaking\n- Negotiation"));
    expect(resume.skills?.[0]).toEqual({ name: "Soft Skills", keywords: ["Mentoring", "Public speaking", "Negotiation"] });
  });

  it("leaves a flat list under a plain skills title one skill an item", async () => {
    const resume = await readMarkdown(cv("Compétences", "Écoute · Pédagogie · Travail en équipe"));
    expect(resume.skills?.slice(0, 3).map((s) => s.name)).toEqual(["Écoute", "Pédagogie", "Travail en équipe"]);
  });
});

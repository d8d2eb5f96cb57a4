import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const withSkills = (table: string) => `# Jo Doe\njo@example.org\n\n## Skills\n\n${table}\n## Experience\n\n### Engineer, Acme Corp\n2019 - 2021\n`;

describe("a skills table with an empty header row", () => {
  it("takes each row's first cell as its group's label", async () => {
    const r = await readMarkdown(withSkills("| | | |\n|---|---|---|\n| **Languages** | Python | Go |\n| **Tools** | Docker | Git |\n| **Cloud** | AWS | |\n"));
    expect(r.skills).toEqual([
      { name: "Languages", keywords: ["Python", "Go"] },
      { name: "Tools", keywords: ["Docker", "Git"] },
      { name: "Cloud", keywords: ["AWS"] },
    ]);
  });
});

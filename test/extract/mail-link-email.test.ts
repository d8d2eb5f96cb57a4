import { describe, expect, it } from "vitest";
import { readMarkdown } from "../support/extract.js";

const cv = (intro: string) => `# Jo Doe\n\n${intro}\n\n## Experience\n\n### Engineer, Acme Corp\n2019 - 2021\n`;

describe("an e-mail address given only as a mailto: link behind words", () => {
  it("is the owner's e-mail", async () => {
    const r = await readMarkdown(cv("I build compilers. Feel free to [get in touch](mailto:Jo.Doe@example.org) or see my [GitHub](https://github.com/jodoe)."));
    expect(r.basics?.email).toBe("Jo.Doe@example.org");
  });

  it("gives way to an address written out", async () => {
    const r = await readMarkdown(cv("jo@example.org\n\nQuestions about the lab? [Write to us](mailto:lab@example.org)."));
    expect(r.basics?.email).toBe("jo@example.org");
  });

  it("is nobody's when two addresses are linked so", async () => {
    const r = await readMarkdown(cv("[Write to me](mailto:jo@example.org) or to [my assistant](mailto:kim@example.org)."));
    expect(r.basics?.email).toBeUndefined();
  });
});

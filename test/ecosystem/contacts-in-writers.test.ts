import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDocx } from "../../src/export/write-docx.js";
import { writeMarkdown } from "../../src/export/write-markdown.js";
import { writeText } from "../../src/export/write-text.js";
import type { Resume } from "../../src/resume/schema.js";
import { parseResume } from "../support/round-trip.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-contacts-"));

const owner: Resume = {
  basics: {
    name: "Jane Roe",
    email: "jane@example.org",
    phone: "+1 555 0100",
    labels: { email: "Email", phone: "Phone" },
    url: "https://jane-roe.example.org/a/rather/long/address/of/her/own/site",
    otherContacts: [
      { kind: "email", value: "jroe@lab.example.edu", label: "Work e-mail" },
      { kind: "phone", value: "+1 555 0199", label: "Fax" },
    ],
  },
  work: [{ name: "Acme Corp", position: "Engineer", startDate: "2019", endDate: "2021" }],
};

async function readBack(name: string, content: string | Uint8Array): Promise<Resume> {
  const path = join(dir, name);
  writeFileSync(path, content);
  return parseResume(path);
}

describe("the owner's second number and address in the writers", () => {
  it("are labelled on the Markdown contact line as the source labelled them, and read back", async () => {
    const md = writeMarkdown(owner);
    expect(md).toContain("Fax: +1 555 0199");
    expect(md).toContain("Work e-mail: [jroe@lab.example.edu]");
    expect((await readBack("labelled.md", md)).basics?.otherContacts).toEqual(owner.basics!.otherContacts);
  });

  it("are kept by the Markdown when the source gave one no label, which alone on the line would read as no one's", async () => {
    const unlabelled: Resume = { ...owner, basics: { ...owner.basics, otherContacts: [{ kind: "phone", value: "+1 555 0111" }] } };
    expect((await readBack("unlabelled.md", writeMarkdown(unlabelled))).basics?.otherContacts).toEqual([{ kind: "phone", value: "+1 555 0111" }]);
  });

  it("are labelled in plain text, each contact whole on its line, and read back", async () => {
    const text = writeText(owner, 60);
    const contactLines = text.split("\n").slice(1, text.split("\n").indexOf(""));
    expect(contactLines.length).toBeGreaterThan(1);
    for (const line of contactLines) expect(line).not.toMatch(/(^|\| )(Fax:|\+1 555)$|^\d{4}\b/);
    expect(contactLines.join("\n")).toContain("Fax: +1 555 0199");
    const back = await readBack("labelled.txt", text);
    expect(back.basics?.otherContacts).toEqual(owner.basics!.otherContacts);
    expect(back.basics?.phone).toBe("+1 555 0100");
  });

  it("are labelled in a Word document, and read back", async () => {
    const back = await readBack("labelled.docx", await writeDocx(owner));
    expect(back.basics?.otherContacts).toEqual(owner.basics!.otherContacts);
  });
});

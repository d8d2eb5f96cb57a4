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
    // broken between contacts only: no line starts or ends with the separator, each contact is whole on one
    for (const line of contactLines) expect(line).not.toMatch(/^\||\|$/);
    for (const contact of ["Email: jane@example.org", "Work e-mail: jroe@lab.example.edu", "Phone: +1 555 0100", "Fax: +1 555 0199"]) expect(contactLines.some((line) => line.includes(contact))).toBe(true);
    const back = await readBack("labelled.txt", text);
    expect(back.basics?.otherContacts).toEqual(owner.basics!.otherContacts);
    expect(back.basics?.phone).toBe("+1 555 0100");
  });

  it("are labelled in a Word document, and read back", async () => {
    const back = await readBack("labelled.docx", await writeDocx(owner));
    expect(back.basics?.otherContacts).toEqual(owner.basics!.otherContacts);
  });

  it("keep an address or number whose label vitae would not read back as one ('(Home)', 'Email me'), printed without it", async () => {
    const odd: Resume = { basics: { name: "Jane Roe", email: "jane@example.org", phone: "+44 7700 900123", labels: { email: "Email me", phone: "(Mobile)" } } };
    for (const [name, content] of [["odd.md", writeMarkdown(odd)], ["odd.txt", writeText(odd)], ["odd.docx", await writeDocx(odd)]] as const) {
      const back = await readBack(name, content);
      expect([back.basics?.email, back.basics?.phone], name).toEqual(["jane@example.org", "+44 7700 900123"]);
    }
  });

  it("give an unlabelled second number in plain text the first's label when read back, never a fax's", async () => {
    const mixed: Resume = { basics: { name: "Jane Roe", phone: "+1 555 0100", labels: { phone: "Phone" }, otherContacts: [{ kind: "phone", value: "+1 555 0199", label: "Fax" }, { kind: "phone", value: "+1 555 0111" }] } };
    const back = await readBack("mixed.txt", writeText(mixed));
    expect(back.basics?.otherContacts).toEqual([
      { kind: "phone", value: "+1 555 0111", label: "Phone" },
      { kind: "phone", value: "+1 555 0199", label: "Fax" },
    ]);
  });

  it("print a number once where the résumé has no first number, only a fax", async () => {
    const faxOnly: Resume = { basics: { name: "Jane Roe", otherContacts: [{ kind: "phone", value: "+1 555 0199", label: "Fax" }] } };
    for (const [name, content] of [["fax.md", writeMarkdown(faxOnly)], ["fax.docx", await writeDocx(faxOnly)]] as const) {
      const back = await readBack(name, content);
      expect(back.basics?.phone, name).toBe("+1 555 0199");
      expect(back.basics?.otherContacts, name).toBeUndefined();
    }
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayHoldOwnedContact, readContactPhrases } from "../../src/extract/line-contacts.js";
import { parseSource } from "../../src/parse/parse-source.js";
import type { SourceLine } from "../../src/parse/source-line.js";

const folders = ["../../../shared/corpus/cases", "../../../shared/seeds", "../../resumes"].map((f) => join(import.meta.dirname, f));
const sources = folders.flatMap((dir) => readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => join(dir, f)));

const ownedContacts = (line: SourceLine) =>
  readContactPhrases(line, { places: false }).filter((p) => p.contact?.field === "email" || p.contact?.field === "phone" || p.contact?.field === "profile");

/**
 * The stray-contact reading skips lines mayHoldOwnedContact rules out: it must rule out no line that gives an
 * e-mail, a phone or a profile, or a contact written in a section would be left there.
 */
describe("lines that cannot hold the owner's contact", () => {
  it("rule out no line of the corpus, the seeds or resumes/ that gives an e-mail, phone or profile", async () => {
    let owned = 0;
    for (const path of sources) {
      const text = readFileSync(path, "utf8");
      const { lines } = await parseSource({ path, text, format: path.endsWith(".md") ? "markdown" : "text", formatReason: "test" });
      for (const line of lines) {
        if (!ownedContacts(line).length) continue;
        owned++;
        expect(mayHoldOwnedContact(line), `${path}:${line.position.line}: ${line.text}`).toBe(true);
      }
    }
    expect(owned).toBeGreaterThan(100);
  });

  it("read a labelled phone's letters only set apart from its digits, so that a number run into a word is none", () => {
    const phones = (text: string) => ownedContacts({ kind: "text", text, position: { line: 1, column: 1 }, depth: 0, gap: false, links: [] }).map((p) => (p.contact?.field === "phone" ? p.contact.value : p.contact?.field));
    expect(phones("Tel 171ORCID")).toEqual([]);
    expect(phones("Tel 171 ORCID")).toEqual([]);
    expect(phones("Phone: +1 707 DEO BALD")).toEqual(["+1 707 DEO BALD"]);
    expect(phones("Phone: 1-800-FLOWERS")).toEqual(["1-800-FLOWERS"]);
  });

  it("rule out no phrase of contact-like characters that gives one", () => {
    const piece = fc.constantFrom("jdoe", "Jane", "GitHub", "Tel", "E-mail", "linkedin.com/in/jdoe", "x.org", "@", ":", " - ", " ", "(at)", "[dot]", "+49", "171", "2345", "67", ".", "/", "•", "|", "\t", "ORCID", "0000-0002-1825-0097", "medium.com", "twitter.com");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const line: SourceLine = { kind: "text", text: pieces.join(""), position: { line: 1, column: 1 }, depth: 0, gap: false, links: [] };
        return ownedContacts(line).length === 0 || mayHoldOwnedContact(line);
      }),
      { numRuns: 3000 },
    );
  });
});

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runVitae } from "../support/run.js";
import { alteredDocx, encryptedPdf, scannedPdf, textPdf } from "../source/support/make-documents.js";
import { startRequestCounter, type RequestCounter } from "./support/request-counter.js";

const dir = mkdtempSync(join(tmpdir(), "vitae-documents-"));

/** Each PDF or Word file vitae must refuse, with the rule of its one-line message and words it must contain. */
const CASES: { name: string; make: (origin: string) => Promise<Uint8Array>; rule: string; says: RegExp }[] = [
  { name: "scanned.pdf", make: scannedPdf, rule: "pdf-no-text", says: /no text.*OCR/ },
  { name: "encrypted.pdf", make: () => encryptedPdf(), rule: "pdf-encrypted", says: /password/ },
  { name: "truncated.pdf", make: async () => (await textPdf()).subarray(0, 900), rule: "pdf-truncated", says: /cut short/ },
  { name: "garbage.pdf", make: async () => new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"), rule: "pdf-broken", says: /damaged/ },
  { name: "not-a-zip.docx", make: async () => new TextEncoder().encode("PK\u0003\u0004 this is not a zip at all"), rule: "docx-broken", says: /not a valid \.docx/ },
  { name: "truncated.docx", make: async () => (await alteredDocx(() => undefined)).subarray(0, 2000), rule: "docx-broken", says: /not a valid \.docx/ },
  {
    name: "macros.docx",
    make: () => alteredDocx((zip) => zip.file("word/vbaProject.bin", new Uint8Array(512))),
    rule: "docx-macros",
    says: /macros/,
  },
  {
    name: "remote-template.docx",
    make: (origin) =>
      alteredDocx((zip) =>
        zip.file(
          "word/_rels/settings.xml.rels",
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="${origin}/template.dotm" TargetMode="External"/></Relationships>`,
        ),
      ),
    rule: "docx-external",
    says: /outside the file/,
  },
  {
    name: "zip-bomb.docx",
    // 80 MB of zeros deflate to some 80 KB
    make: () => alteredDocx((zip) => zip.file("word/media/filler.bin", new Uint8Array(80 * 1024 * 1024))),
    rule: "docx-too-large",
    says: /zip bomb/,
  },
];

describe("a PDF or Word file vitae cannot read", () => {
  let server: RequestCounter;
  beforeAll(async () => {
    server = await startRequestCounter();
    for (const c of CASES) writeFileSync(join(dir, c.name), await c.make(server.origin));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  for (const c of CASES) {
    it(`is refused by \`vitae build\` in one line, writing nothing, when it is ${c.name}`, async () => {
      const path = join(dir, c.name);
      const out = join(dir, `out-${c.name}`);
      const result = await runVitae(["build", path, "--format", "json,html,docx", "--out", out]);
      expect(result.code).toBe(1);
      const lines = result.stderr.trimEnd().split("\n").filter((l) => !/^vitae: \d+ of \d+ source/.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: error: .*\\[${c.rule}\\]$`));
      expect(lines[0]).toMatch(c.says);
      expect(result.stderr).not.toMatch(/^\s+at |internal error/m);
      expect(existsSync(out) ? readdirSync(out).filter((f) => !f.startsWith(".")) : []).toEqual([]);
    });
  }

  it("is refused by `vitae parse` too, with nothing on standard output", async () => {
    const result = await runVitae(["parse", join(dir, "encrypted.pdf")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/\[pdf-encrypted\]\n$/);
  });

  it("makes no network request, even for a template linked from a web address", () => {
    expect(server.requests).toEqual([]);
    expect(server.connections).toBe(0);
  });
});

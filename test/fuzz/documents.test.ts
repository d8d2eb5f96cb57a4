import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeSourceBytes } from "../../src/source/read-source.js";
import { alteredDocx, textPdf } from "../source/support/make-documents.js";

/** A document's bytes with some runs overwritten by random bytes, some cut out, or its end cut off. */
const damage = (bytes: Uint8Array) =>
  fc
    .array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), with: fc.uint8Array({ minLength: 1, maxLength: 64 }), cut: fc.boolean() }), { minLength: 1, maxLength: 6 })
    .map((edits) => {
      let out = Uint8Array.from(bytes);
      for (const e of edits) {
        if (e.cut) out = Uint8Array.from([...out.subarray(0, e.at), ...out.subarray(e.at + e.with.length)]);
        else out.set(e.with.subarray(0, Math.max(0, out.length - e.at)), Math.min(e.at, out.length));
      }
      return out;
    });

/** Reading never throws: it gives a source, or refuses the file with one error that names it. */
async function readsOrRefuses(path: string, bytes: Uint8Array): Promise<void> {
  const read = await decodeSourceBytes(path, bytes);
  if (read.ok) expect(read.value.text.length).toBeGreaterThan(0);
  else {
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({ file: path, severity: "error" });
    expect(read.diagnostics[0]!.message).not.toMatch(/\n/);
  }
}

describe("damaged PDF and Word files", () => {
  let pdf: Uint8Array;
  let docx: Uint8Array;
  beforeAll(async () => {
    [pdf, docx] = await Promise.all([textPdf(), alteredDocx(() => undefined)]);
  });

  it("are read or refused in one line, never thrown: PDFs", async () => {
    await fc.assert(fc.asyncProperty(damage(pdf), (bytes) => readsOrRefuses("cv.pdf", bytes)), { numRuns: 60 });
  }, 60_000);

  it("are read or refused in one line, never thrown: Word documents", async () => {
    await fc.assert(fc.asyncProperty(damage(docx), (bytes) => readsOrRefuses("cv.docx", bytes)), { numRuns: 60 });
  }, 60_000);
});

import { PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { finishPdf, type PdfMetadata } from "../../src/pdf/finish.js";
import { readAttachments } from "../../src/pdf/read-attachments.js";

const meta: PdfMetadata = {
  title: "Ada Lovelace — CV",
  author: "Ada Lovelace",
  keywords: ["Analysis", "Engines"],
  lang: "en-GB",
  date: new Date("2024-05-06T07:08:09Z"),
  creator: "vitae test",
  fingerprint: "abc",
  attachments: [
    { name: "resume.json", bytes: new TextEncoder().encode('{"basics":{}}\n'), mimeType: "application/json", description: "the résumé" },
    { name: "ada.md", bytes: new TextEncoder().encode("# Ada Lovelace\n"), mimeType: "text/markdown", description: "the source" },
  ],
};

/** A three-page PDF "printed" at `printedAt`, laid out with a classic cross-reference table as Chromium lays it out, or with object streams. */
async function printed(printedAt: Date, layout: "table" | "streams"): Promise<Uint8Array> {
  // pdf-lib would otherwise stamp its own name and the time of saving
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < 3; i++) doc.addPage().drawText(`page ${i + 1}`);
  doc.setCreationDate(printedAt);
  doc.setModificationDate(printedAt);
  return doc.save({ useObjectStreams: layout === "streams" });
}

describe.each(["table", "streams"] as const)("finishing a PDF with a cross-reference %s", (layout) => {
  it("sets the metadata, attaches the files in name order and counts the pages", async () => {
    const finished = await finishPdf(await printed(new Date("2026-01-01T10:00:00Z"), layout), meta);
    expect(finished.pageCount).toBe(3);
    const doc = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getKeywords()).toBe("Analysis Engines");
    expect(doc.getCreationDate()).toEqual(meta.date);
    expect(doc.getPageCount()).toBe(3);
    expect(readAttachments(doc).map((a) => [a.name, new TextDecoder().decode(a.bytes)])).toEqual([
      ["ada.md", "# Ada Lovelace\n"],
      ["resume.json", '{"basics":{}}\n'],
    ]);
  });

  it("gives the same bytes for the same input printed at another time", async () => {
    const a = await finishPdf(await printed(new Date("2026-01-01T10:00:00Z"), layout), meta);
    const b = await finishPdf(await printed(new Date("2027-12-31T23:59:59Z"), layout), meta);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });
});

it("amends a classic-table PDF by appending to it, so the printed pages are not rewritten", async () => {
  const original = await printed(meta.date, "table");
  const finished = await finishPdf(original, meta);
  expect(Buffer.from(finished.bytes.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
  expect(new TextDecoder("latin1").decode(finished.bytes.subarray(original.length))).toMatch(/\/Prev \d+/);
});

it("stays reproducible when the printed title contains PDF keywords", async () => {
  const titled = async (printedAt: Date) => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    // written before the dates, as Chromium writes it
    doc.context.trailerInfo.Info = doc.context.register(doc.context.obj({ Title: PDFString.of("endobj notes") }));
    doc.setCreationDate(printedAt);
    doc.setModificationDate(printedAt);
    return doc.save({ useObjectStreams: false });
  };
  const a = await finishPdf(await titled(new Date("2026-01-01T10:00:00Z")), meta);
  const b = await finishPdf(await titled(new Date("2027-12-31T23:59:59Z")), meta);
  expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
});

it("keeps what an indirect /Names dictionary already held", async () => {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage();
  const dests = doc.context.obj({ intro: [doc.getPage(0).ref, PDFName.of("Fit")] });
  doc.catalog.set(PDFName.of("Names"), doc.context.register(doc.context.obj({ Dests: dests })));
  page.drawText("x");
  const finished = await finishPdf(await doc.save({ useObjectStreams: false }), meta);
  const done = await PDFDocument.load(finished.bytes);
  const names = done.catalog.lookup(PDFName.of("Names"), PDFDict);
  expect(names.has(PDFName.of("Dests"))).toBe(true);
  expect(readAttachments(done).map((a) => a.name)).toEqual(["ada.md", "resume.json"]);
});

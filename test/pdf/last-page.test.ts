import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measurePages } from "../../src/pdf/last-page-fill.js";
import { openPrinter, type Printer } from "../../src/pdf/printer.js";
import { printResume } from "../../src/pdf/print-resume.js";

let printer: Printer;
beforeAll(() => {
  printer = openPrinter({ env: process.env });
});
afterAll(() => printer.close());

/** A4 with 20 mm margins: a content box 257 mm tall. A full first page, then `share` of the second, then a line. */
function twoPages(share: number, extra = ""): string {
  return `<!DOCTYPE html><html><head><style>
    @page { size: A4; margin: 20mm; @bottom-center { content: "Page " counter(page); } }
    :root { --vitae-scale: 1; --vitae-spacing: 1; }
    body { margin: 0; font: 10pt sans-serif; }
    .full { height: 257mm; break-after: page; }
    .part { height: calc(${share * 257}mm * var(--vitae-spacing)); }
    p { margin: 0; line-height: 4mm; }
    ${extra}
  </style></head><body><div class="full"><p>first page</p></div><div class="part"></div><p>the last line</p></body></html>`;
}

describe("measuring the last page of a Chromium print", () => {
  it("finds how far down the content box its last line is, leaving the footer out", async () => {
    for (const share of [0.1, 0.5, 0.9]) {
      const measured = measurePages(await printer.print(twoPages(share)));
      expect(measured?.pageCount).toBe(2);
      // the baseline of a 4 mm line below `share` of the 257 mm box
      expect(measured!.lastPageFill).toBeCloseTo(share + 3.5 / 257, 1);
    }
  });

  it("counts a one-page print as full", async () => {
    expect(measurePages(await printer.print("<p>one line</p>"))).toEqual({ pageCount: 1, lastPageFill: 1 });
  });
});

describe("printing a résumé", () => {
  const input = (html: string) => ({ html, resume: {}, name: "cv", sources: [], date: new Date(0), limits: { minScale: 0.85, minSpacing: 0.6 } });

  it("pulls a nearly empty last page back when the theme's limits allow, and says how far it shrank", async () => {
    // the spacer shrinks with --vitae-spacing, as a theme's vertical rhythm does; the first page's content does not
    const html = twoPages(0.05, ".full { height: calc(250mm * var(--vitae-spacing)); break-after: auto; }");
    const pdf = await printResume(input(html), printer);
    expect(pdf).toMatchObject({ ok: true, pageCount: 1 });
    expect(pdf.ok && pdf.shrunk!.spacing).toBeLessThan(1);
  });

  it("keeps a last page a third full or more as it is", async () => {
    const pdf = await printResume(input(twoPages(0.4)), printer);
    expect(pdf).toMatchObject({ ok: true, pageCount: 2, shrunk: undefined });
  });

  it("keeps a nearly empty last page when even the theme's limits cannot pull it back", async () => {
    const pdf = await printResume(input(twoPages(0.05)), printer);
    expect(pdf).toMatchObject({ ok: true, pageCount: 2, shrunk: undefined });
  });
});

import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { printWithinPages, readShrinkLimits, withShrink } from "../../src/pdf/fit-pages.js";

/** A stand-in for Chromium: the content takes `height` pages at full size, shrinking with both multipliers. */
function fakePrinter(height: number) {
  const printed: string[] = [];
  const print = async (html: string) => {
    printed.push(html);
    const scale = Number(/--vitae-scale:([\d.]+)/.exec(html)?.[1] ?? 1);
    const spacing = Number(/--vitae-spacing:([\d.]+)/.exec(html)?.[1] ?? 1);
    const doc = await PDFDocument.create();
    for (let i = 0; i < Math.ceil(height * scale * (0.5 + spacing / 2) - 1e-9); i++) doc.addPage();
    return doc.save();
  };
  return { print, printed };
}

const html = "<html><head><style>:root{--vitae-scale:1}</style></head><body>cv</body></html>";
const limits = { minScale: 0.85, minSpacing: 0.6 };

describe("fitting a résumé in a number of pages", () => {
  it("prints once and changes nothing when the résumé already fits", async () => {
    const { print, printed } = fakePrinter(0.9);
    const fit = await printWithinPages(html, 1, limits, print);
    expect(fit).toMatchObject({ ok: true, pageCount: 1, scale: 1, spacing: 1 });
    expect(printed).toEqual([html]);
  });

  it("shrinks as little as it can, within the theme's limits, when a little shrinking suffices", async () => {
    const { print, printed } = fakePrinter(1.1);
    const fit = await printWithinPages(html, 1, limits, print);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.pageCount).toBe(1);
    expect(fit.scale).toBeGreaterThanOrEqual(0.85);
    expect(fit.scale).toBeLessThan(1);
    expect(fit.spacing).toBeGreaterThanOrEqual(0.6);
    expect(fit.scale).toBeGreaterThan(0.9);
    expect(printed.length).toBeLessThanOrEqual(5);
  });

  it("does not print again the page as it is when the caller printed it already", async () => {
    const { print, printed } = fakePrinter(2.1);
    const natural = { bytes: await print(html), pageCount: 3 };
    const fit = await printWithinPages(html, 2, limits, print, natural);
    expect(fit).toMatchObject({ ok: true, pageCount: 2 });
    expect(printed.filter((p) => p === html)).toHaveLength(1);
  });

  it("refuses, with the page count at the limits, when even the smallest size does not fit", async () => {
    const { print, printed } = fakePrinter(2.5);
    const fit = await printWithinPages(html, 1, limits, print);
    expect(fit).toEqual({ ok: false, pageCount: 2, limits });
    expect(printed).toHaveLength(2);
  });

  it("puts the override after the theme's own :root rule and outranks it", () => {
    const shrunk = withShrink(html, 0.9, 0.7);
    expect(shrunk).toContain(":root:root{--vitae-scale:0.9;--vitae-spacing:0.7}</style></head>");
    expect(shrunk.indexOf(":root{--vitae-scale:1}")).toBeLessThan(shrunk.indexOf(":root:root"));
  });

  it("reads the theme's limits and falls back to 0.85 and 0.6 when they are absent or out of range", () => {
    expect(readShrinkLimits(undefined)).toEqual({ minScale: 0.85, minSpacing: 0.6 });
    expect(readShrinkLimits({ minScale: 0.9, minSpacing: 2 })).toEqual({ minScale: 0.9, minSpacing: 0.6 });
  });
});

import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { countTellsPlan, planPrint, printedAsPlanned, printWithinPages, readShrinkLimits, withShrink, type Shrink } from "../../src/pdf/fit-pages.js";
import type { PrintLayout } from "../../src/pdf/page-layout.js";

/** A stand-in for Chromium: the content takes `height` pages at full size, shrinking with both multipliers. */
function fakePrinter(height: number) {
  const printed: string[] = [];
  const print = async (html: string) => {
    printed.push(html);
    // the last setting wins: the shrink's, after the theme's own
    const setting = (name: string) => Number([...html.matchAll(new RegExp(`--vitae-${name}:([\\d.]+)`, "g"))].at(-1)?.[1] ?? 1);
    const [scale, spacing] = [setting("scale"), setting("spacing")];
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

/** A stand-in for the page's own layout: the content takes `height` pages at full size, the last line as far down the last page as the fraction says. */
function fakeLayout(height: number | undefined) {
  const estimated: (Shrink | undefined)[] = [];
  const layout: PrintLayout = {
    estimate: async (shrink) => {
      estimated.push(shrink);
      if (height === undefined) return undefined;
      const pages = height * (shrink?.scale ?? 1) * (0.5 + (shrink?.spacing ?? 1) / 2);
      const pageCount = Math.ceil(pages - 1e-9);
      return { pageCount, lastPageFill: pageCount === 1 ? 1 : pages - (pageCount - 1) };
    },
  };
  return { layout, estimated };
}

describe("planning the one print from the page's own layout", () => {
  it("prints as it is when the last page is a third full or more", async () => {
    const { layout, estimated } = fakeLayout(1.5);
    expect(await planPrint(layout, undefined, limits)).toEqual({ pageCount: 2, nearlyEmpty: false, lastPageFill: 0.5 });
    expect(estimated).toEqual([undefined]);
  });

  it("shrinks a nearly empty last page back as little as the limits allow, as printing would have found", async () => {
    const { layout } = fakeLayout(2.1);
    const plan = await planPrint(layout, undefined, limits);
    const { print } = fakePrinter(2.1);
    const printed = await printWithinPages(html, 2, limits, print);
    expect(plan).toMatchObject({ pageCount: 2, nearlyEmpty: false });
    expect(printed.ok && { scale: printed.scale, spacing: printed.spacing }).toEqual(plan!.shrink);
  });

  it("finds the smallest fitting step of the eight in fewer tries than halving, where the fills say where the page limit falls", async () => {
    // the least of the eight steps toward the limits at which the content fits: what halving finds too
    const smallestFitting = (height: number, pages: number) =>
      [1, 2, 3, 4, 5, 6, 7, 8].find((step) => {
        const t = step / 8;
        return Math.ceil(height * (1 - t * 0.15) * (0.5 + (1 - t * 0.4) / 2) - 1e-9) <= pages;
      });
    for (const height of [1.05, 1.1, 1.2, 2.02, 2.1, 2.2, 3.05, 3.15]) {
      const { layout, estimated } = fakeLayout(height);
      const plan = await planPrint(layout, undefined, limits);
      const step = smallestFitting(height, Math.ceil(height) - 1);
      if (step === undefined) continue;
      expect(plan?.shrink).toEqual({ scale: Math.round((1 - (step / 8) * 0.15) * 1000) / 1000, spacing: Math.round((1 - (step / 8) * 0.4) * 1000) / 1000 });
      // the page as it is, the limits, and at most two guesses where the fills are known (halving takes three after
      // the limits); a single page counts as full, so pulling back onto one page halves
      expect(estimated.length).toBeLessThanOrEqual(height > 2 ? 4 : 5);
    }
  });

  it("keeps a nearly empty last page, and expects it, when even the limits cannot pull it back", async () => {
    const { layout } = fakeLayout(1.25);
    expect(await planPrint(layout, undefined, { minScale: 0.95, minSpacing: 0.9 })).toEqual({ pageCount: 2, nearlyEmpty: true, lastPageFill: 0.25 });
  });

  it("fits within --max-pages like the prints would, and leaves a résumé that cannot fit to them", async () => {
    const { print } = fakePrinter(1.2);
    const printed = await printWithinPages(html, 1, limits, print);
    const plan = await planPrint(fakeLayout(1.2).layout, 1, limits);
    expect(plan).toEqual({ pageCount: 1, nearlyEmpty: false, shrink: printed.ok && { scale: printed.scale, spacing: printed.spacing } });
    expect(await planPrint(fakeLayout(2.5).layout, 1, limits)).toBeUndefined();
  });

  it("has no plan when the layout cannot be read", async () => {
    expect(await planPrint(fakeLayout(undefined).layout, undefined, limits)).toBeUndefined();
  });

  it("holds a print to the plan: the same page count, and for a print as it is, the same verdict on its last page", () => {
    const shrunk = { shrink: { scale: 0.9, spacing: 0.7 }, pageCount: 2, nearlyEmpty: false };
    expect(printedAsPlanned(shrunk, { pageCount: 2, lastPageFill: 0.1 })).toBe(true);
    expect(printedAsPlanned(shrunk, { pageCount: 3, lastPageFill: 0.9 })).toBe(false);
    const asItIs = { pageCount: 2, nearlyEmpty: false };
    expect(printedAsPlanned(asItIs, { pageCount: 2, lastPageFill: 0.5 })).toBe(true);
    expect(printedAsPlanned(asItIs, { pageCount: 2, lastPageFill: 0.2 })).toBe(false);
  });

  it("checks a print by its page count alone only where the estimate's fill is far from the nearly-empty mark", () => {
    expect(countTellsPlan({ shrink: { scale: 0.9, spacing: 0.7 }, pageCount: 2, nearlyEmpty: false })).toBe(true);
    expect(countTellsPlan({ pageCount: 1, nearlyEmpty: false, lastPageFill: 1 })).toBe(true);
    expect(countTellsPlan({ pageCount: 2, nearlyEmpty: false, lastPageFill: 0.8 })).toBe(true);
    expect(countTellsPlan({ pageCount: 2, nearlyEmpty: true, lastPageFill: 0.1 })).toBe(true);
    // a line or two from the mark, or an estimate that gave no fill: the print's own fill decides
    expect(countTellsPlan({ pageCount: 2, nearlyEmpty: false, lastPageFill: 0.38 })).toBe(false);
    expect(countTellsPlan({ pageCount: 3, nearlyEmpty: true, lastPageFill: 0.3 })).toBe(false);
    expect(countTellsPlan({ pageCount: 2, nearlyEmpty: false })).toBe(false);
  });
});

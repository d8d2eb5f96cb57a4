/** How far a theme lets vitae shrink it: multipliers of its font size and of its spacing. */
export interface ShrinkLimits {
  minScale: number;
  minSpacing: number;
}

export const DEFAULT_SHRINK_LIMITS: ShrinkLimits = { minScale: 0.85, minSpacing: 0.6 };

export type FitResult =
  | { ok: true; bytes: Uint8Array; pageCount: number; scale: number; spacing: number }
  | { ok: false; pageCount: number; limits: ShrinkLimits };

/** The theme's limits from theme.json `options.minScale` / `options.minSpacing`, each within (0, 1]. */
export function readShrinkLimits(options: Record<string, unknown> | undefined): ShrinkLimits {
  const pick = (value: unknown, fallback: number) => (typeof value === "number" && value > 0 && value <= 1 ? value : fallback);
  return { minScale: pick(options?.minScale, DEFAULT_SHRINK_LIMITS.minScale), minSpacing: pick(options?.minSpacing, DEFAULT_SHRINK_LIMITS.minSpacing) };
}

/** Adds a stylesheet that sets the theme's `--vitae-scale` and `--vitae-spacing` multipliers. */
export function withShrink(html: string, scale: number, spacing: number): string {
  // :root:root outranks the theme's own :root rule whatever the order of the stylesheets
  const style = `<style>:root:root{--vitae-scale:${scale};--vitae-spacing:${spacing}}</style>`;
  const head = html.search(/<\/head>/i);
  return head < 0 ? style + html : html.slice(0, head) + style + html.slice(head);
}

/** Counts the pages of a PDF. */
export async function countPages(bytes: Uint8Array): Promise<number> {
  const { PDFDocument, ParseSpeeds } = await import("pdf-lib");
  return (await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })).getPageCount();
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Prints `html` in at most `maxPages` pages: as it is when it fits, else
 * shrunk as little as possible between the theme's size and its limits
 * (spacing and font size step down together; a binary search of three steps
 * after trying the limits, so at most five prints). `natural` is the page as
 * it is, when the caller printed it already.
 */
export async function printWithinPages(
  html: string,
  maxPages: number,
  limits: ShrinkLimits,
  print: (html: string) => Promise<Uint8Array>,
  natural?: { bytes: Uint8Array; pageCount: number },
): Promise<FitResult> {
  const at = (t: number) => ({ scale: round(1 - t * (1 - limits.minScale)), spacing: round(1 - t * (1 - limits.minSpacing)) });
  const attempt = async (t: number) => {
    const { scale, spacing } = at(t);
    const bytes = await print(t === 0 ? html : withShrink(html, scale, spacing));
    return { bytes, pageCount: await countPages(bytes), scale, spacing };
  };
  const asItIs = natural ? { ...natural, scale: 1, spacing: 1 } : await attempt(0);
  if (asItIs.pageCount <= maxPages) return { ok: true, ...asItIs };
  let best = await attempt(1);
  if (best.pageCount > maxPages) return { ok: false, pageCount: best.pageCount, limits };
  let [tooBig, fits] = [0, 1];
  for (let step = 0; step < 3; step++) {
    const middle = (tooBig + fits) / 2;
    const tried = await attempt(middle);
    if (tried.pageCount <= maxPages) [best, fits] = [tried, middle];
    else tooBig = middle;
  }
  return { ok: true, ...best };
}

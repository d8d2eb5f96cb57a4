import type { PageEstimate, PrintLayout } from "./page-layout.js";

/** How far a theme lets vitae shrink it: multipliers of its font size and of its spacing. */
export interface ShrinkLimits {
  minScale: number;
  minSpacing: number;
}

/** Multipliers of a theme's font size and spacing (its `--vitae-scale` and `--vitae-spacing`). */
export interface Shrink {
  scale: number;
  spacing: number;
}

const DEFAULT_SHRINK_LIMITS: ShrinkLimits = { minScale: 0.85, minSpacing: 0.6 };

/** A last page holding less than this share of a page is what a careful person would not send. */
const MIN_LAST_PAGE_FILL = 1 / 3;

export type FitResult =
  | { ok: true; bytes: Uint8Array; pageCount: number; scale: number; spacing: number }
  | { ok: false; pageCount: number; limits: ShrinkLimits };

/** The theme's limits from theme.json `options.minScale` / `options.minSpacing`, each within (0, 1]. */
export function readShrinkLimits(options: Record<string, unknown> | undefined): ShrinkLimits {
  const pick = (value: unknown, fallback: number) => (typeof value === "number" && value > 0 && value <= 1 ? value : fallback);
  return { minScale: pick(options?.minScale, DEFAULT_SHRINK_LIMITS.minScale), minSpacing: pick(options?.minSpacing, DEFAULT_SHRINK_LIMITS.minSpacing) };
}

/** The rule that sets a theme's multipliers; :root:root outranks the theme's own :root rule whatever the order of the stylesheets. */
export function shrinkCss({ scale, spacing }: Shrink): string {
  return `:root:root{--vitae-scale:${scale};--vitae-spacing:${spacing}}`;
}

/** Adds a stylesheet that sets the theme's `--vitae-scale` and `--vitae-spacing` multipliers. */
export function withShrink(html: string, scale: number, spacing: number): string {
  const style = `<style>${shrinkCss({ scale, spacing })}</style>`;
  const head = html.search(/<\/head>/i);
  return head < 0 ? style + html : html.slice(0, head) + style + html.slice(head);
}

/** True when the last of two or more pages holds less than a third of a page (one short section alone). */
export function leavesNearlyEmptyPage(pages: PageEstimate): boolean {
  return pages.pageCount >= 2 && pages.lastPageFill < MIN_LAST_PAGE_FILL;
}

/** Counts the pages of a PDF. */
export async function countPages(bytes: Uint8Array): Promise<number> {
  const { PDFDocument, ParseSpeeds } = await import("pdf-lib");
  return (await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })).getPageCount();
}

const round = (n: number) => Math.round(n * 1000) / 1000;

type Search<T> = { fits: true; best: T; shrink: Shrink } | { fits: false; atLimits: T };

/** How a try came out: its pages, and how full its last one is where that is known. */
interface Tried {
  pageCount: number;
  lastPageFill?: number;
}

/** Steps between the theme's size (0) and its limits (STEPS): the shrinks a search may choose. */
const STEPS = 8;

/**
 * The least shrink at which `tryAt` gives at most `maxPages` pages, between
 * the theme's size and its limits, in eighths of the way: spacing and font
 * size step down together. The limits are tried first; then, between the
 * largest step known too long and the smallest known to fit, the step where
 * the content's length (pages, the last one as full as measured) would reach
 * `maxPages` were it straight between them, so that two more tries usually
 * settle it; halfway when a length is not known (a single page's is not), or
 * when two guesses in a row left it unsettled. Either way the search ends on the smallest step that fits
 * when fewer pages never need more shrinking. `natural`: the try at the
 * theme's size, which does not fit. A try is a print, or an estimate of one.
 */
async function searchShrink<T extends Tried>(maxPages: number, limits: ShrinkLimits, natural: Tried | undefined, tryAt: (shrink: Shrink) => Promise<T>): Promise<Search<T>> {
  const at = (step: number): Shrink => ({ scale: round(1 - (step / STEPS) * (1 - limits.minScale)), spacing: round(1 - (step / STEPS) * (1 - limits.minSpacing)) });
  // a single page counts as full whatever it holds, so its length is not known
  const length = (tried: Tried | undefined) => (tried?.lastPageFill === undefined || tried.pageCount < 2 ? undefined : tried.pageCount - 1 + tried.lastPageFill);
  let best = await tryAt(at(STEPS));
  if (best.pageCount > maxPages) return { fits: false, atLimits: best };
  let [tooLong, fits] = [{ step: 0, length: length(natural) }, { step: STEPS, length: length(best) }];
  for (let guesses = 0; fits.step - tooLong.step > 1; guesses++) {
    const straight = tooLong.length !== undefined && fits.length !== undefined && tooLong.length > fits.length && guesses < 2;
    const guess = straight ? tooLong.step + Math.ceil(((tooLong.length! - maxPages) / (tooLong.length! - fits.length!)) * (fits.step - tooLong.step)) : Math.round((tooLong.step + fits.step) / 2);
    const step = Math.min(fits.step - 1, Math.max(tooLong.step + 1, guess));
    const tried = await tryAt(at(step));
    if (tried.pageCount <= maxPages) [best, fits] = [tried, { step, length: length(tried) }];
    else tooLong = { step, length: length(tried) };
  }
  return { fits: true, best, shrink: at(fits.step) };
}

/**
 * Prints `html` in at most `maxPages` pages: as it is when it fits, else
 * shrunk as little as possible between the theme's size and its limits
 * (usually three or four prints, at most seven). `natural` is the page as it
 * is, when the caller printed it already.
 */
export async function printWithinPages(
  html: string,
  maxPages: number,
  limits: ShrinkLimits,
  print: (html: string) => Promise<Uint8Array>,
  natural?: { bytes: Uint8Array; pageCount: number },
): Promise<FitResult> {
  // imported here: this module loads with the printer, before anything needs pdf-lib
  const { measurePages } = await import("./last-page-fill.js");
  const attempt = async (shrink?: Shrink) => {
    const bytes = await print(shrink ? withShrink(html, shrink.scale, shrink.spacing) : html);
    const measured = measurePages(bytes);
    return { bytes, pageCount: measured?.pageCount ?? (await countPages(bytes)), lastPageFill: measured?.lastPageFill };
  };
  const asItIs = natural ? { ...natural, lastPageFill: measurePages(natural.bytes)?.lastPageFill } : await attempt();
  if (asItIs.pageCount <= maxPages) return { ok: true, bytes: asItIs.bytes, pageCount: asItIs.pageCount, scale: 1, spacing: 1 };
  const search = await searchShrink(maxPages, limits, asItIs, attempt);
  return search.fits ? { ok: true, bytes: search.best.bytes, pageCount: search.best.pageCount, ...search.shrink } : { ok: false, pageCount: search.atLimits.pageCount, limits };
}

/** What the estimates decided before the one print: the shrink to print at (none: as it is), and what the print should then measure. */
export interface PrintPlan {
  shrink?: Shrink;
  pageCount: number;
  /** For a plan to print as it is: whether its last page is expected nearly empty (the limits could not pull it back). */
  nearlyEmpty: boolean;
  /** For a plan to print as it is: the estimate of its last page's fill. */
  lastPageFill?: number;
}

/**
 * Decides from estimates of the laid-out page what printing and measuring
 * would find (printWithinPages, then the pull-back of a nearly empty last
 * page): within `maxPages` when set, else without a nearly empty last page
 * when the theme's limits allow. Undefined when the layout cannot be read, or
 * when the résumé does not fit in `maxPages`: prints then decide, and say why.
 */
export async function planPrint(layout: PrintLayout, maxPages: number | undefined, limits: ShrinkLimits): Promise<PrintPlan | undefined> {
  const natural = await layout.estimate();
  if (!natural) return undefined;
  const pagesAt = async (shrink: Shrink) => (await layout.estimate(shrink)) ?? { pageCount: Infinity };
  const shrunkWithin = async (pages: number) => {
    const search = await searchShrink(pages, limits, natural, pagesAt);
    return search.fits ? { shrink: search.shrink, pageCount: search.best.pageCount, nearlyEmpty: false } : undefined;
  };
  if (maxPages && natural.pageCount > maxPages) return shrunkWithin(maxPages);
  const asItIs = { pageCount: natural.pageCount, lastPageFill: natural.lastPageFill };
  if (!leavesNearlyEmptyPage(natural)) return { ...asItIs, nearlyEmpty: false };
  return (await shrunkWithin(natural.pageCount - 1)) ?? { ...asItIs, nearlyEmpty: true };
}

/**
 * How far from the nearly-empty mark an estimate of the last page's fill is taken at its word. The estimate and
 * the print lay out the same page: their fills differ by a hundredth or two, by a twentieth where a column breaks
 * a few lines before the page does (test/pdf/page-layout.test.ts holds every theme and résumé to that), so the
 * print's own fill, read from its content stream, is measured only where such a difference could cross the mark.
 */
const TRUSTED_FILL_MARGIN = 0.1;

/** True when a plan's page count alone tells whether the print came out as planned: its fill cannot be near the mark. */
export function countTellsPlan(plan: PrintPlan): boolean {
  return plan.shrink !== undefined || plan.pageCount < 2 || (plan.lastPageFill !== undefined && Math.abs(plan.lastPageFill - MIN_LAST_PAGE_FILL) >= TRUSTED_FILL_MARGIN);
}

/** True when a print measured as the plan expected, so that the prints it stood for need not be made. */
export function printedAsPlanned(plan: PrintPlan, printed: PageEstimate): boolean {
  return printed.pageCount === plan.pageCount && (plan.shrink !== undefined || leavesNearlyEmptyPage(printed) === plan.nearlyEmpty);
}

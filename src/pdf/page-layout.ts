/**
 * How a résumé would paginate, read from the loaded page before it is printed:
 * a print costs a tenth of a second, a layout a few milliseconds. The page,
 * already in print media, is laid out in columns the size of the printed
 * page's content box, and Chromium fragments columns as it fragments pages
 * (break-inside: avoid, headings kept with what follows), so each column
 * stands for a printed page.
 */
import type { Page } from "puppeteer-core";
import { shrinkCss, type Shrink } from "./fit-pages.js";
import type { PageSize } from "./printer.js";

/** The page count, and the share of the last page's content box (0–1) down to its lowest line of text. */
export interface PageEstimate {
  pageCount: number;
  lastPageFill: number;
}

/** The loaded page before it prints, as a decision about printing sees it. */
export interface PrintLayout {
  /** How the page would print at this shrink (none: as it is); undefined when its layout is not one this estimate reads (a page size it does not know, a body that is not a block). */
  estimate(shrink?: Shrink): Promise<PageEstimate | undefined>;
}

/** A page's layout for estimates, and the step back to the page as it will print. */
export interface PageLayoutSession extends PrintLayout {
  /**
   * Leaves the estimate's columns, sets the shrink the page prints at (none: as it is), and waits for
   * the page's fonts (every estimate waits for them too): no round trip to the page when an estimate
   * waited for the fonts and there is nothing to undo or set.
   */
  settle(shrink: Shrink | undefined): Promise<void>;
}

/**
 * Estimates for a page loaded in print media; `pageSize` overrides the stylesheet's as it does when printing.
 * An estimate at a shrink keeps the columns laid out for the next (a shrink search tries up to four), so that
 * each try costs one restyle and one layout rather than setting the columns up and tearing them down again.
 */
export function printLayoutOf(page: Page, pageSize: PageSize | undefined): PageLayoutSession {
  let inColumns = false;
  let fontsReady = false;
  return {
    async estimate(shrink) {
      const keep = shrink !== undefined;
      const estimate = await page.evaluate(estimateInPage, { shrink: shrink ? shrinkCss(shrink) : "", keep, pageSize: pageSize ?? null, sizes: PAGE_SIZES_MM });
      inColumns = keep && estimate !== null;
      fontsReady = true;
      return estimate ?? undefined;
    },
    async settle(shrink) {
      if (!inColumns && !shrink && fontsReady) return;
      await page.evaluate(settleInPage, shrink ? shrinkCss(shrink) : "");
      inColumns = false;
    },
  };
}

/** The page sizes CSS names, in millimetres, portrait; Chromium prints a page without `size` on Letter. */
const PAGE_SIZES_MM: Record<string, [number, number]> = {
  a5: [148, 210],
  a4: [210, 297],
  a3: [297, 420],
  b5: [176, 250],
  b4: [250, 353],
  "jis-b5": [182, 257],
  "jis-b4": [257, 364],
  letter: [215.9, 279.4],
  legal: [215.9, 355.6],
  ledger: [279.4, 431.8],
};

/** An estimate's columns, kept on the root element (which the next document replaces) for the next estimate. */
interface KeptColumns {
  /** The stylesheet of the shrink being estimated. */
  shrink: HTMLStyleElement;
  columnHeight: number;
  /** Removes the columns and the shrink, and restores the page's own styles. */
  undo(): void;
}

/**
 * Runs in the page (serialised: it may use nothing from this module). Reads the bare @page rules'
 * size and margins, lays the body out in columns of the content box with `shrink` set, finds the
 * column and the bottom of the last line of text; undoes every change before returning unless
 * `keep`, when the next estimate (or settleInPage) finds the columns laid out.
 */
async function estimateInPage({ shrink, keep, pageSize, sizes }: { shrink: string; keep: boolean; pageSize: string | null; sizes: Record<string, [number, number]> }): Promise<PageEstimate | null> {
  await document.fonts.ready;
  const body = document.body;
  const gap = 100;
  // a document being replaced (a meta refresh, blocked, still leaves) may for a moment have no root
  const root = document.documentElement as (HTMLElement & { vitaeColumns?: KeptColumns }) | null;
  if (!root || !body) return null;
  let kept = root.vitaeColumns;
  if (!kept) {
    if (getComputedStyle(body).display !== "block") return null;
    // through CSS Typed OM, which converts absolute lengths without laying anything out; NaN for a relative one
    const toPx = (length: string) => {
      try {
        return CSSNumericValue.parse(length).to("px").value;
      } catch {
        return NaN;
      }
    };
    const declared: Record<string, string> = {};
    const readPageRules = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSPageRule && rule.selectorText === "") {
          for (const property of ["size", "margin-top", "margin-right", "margin-bottom", "margin-left"]) {
            const value = rule.style.getPropertyValue(property);
            if (value) declared[property] = value;
          }
        } else if (rule instanceof CSSMediaRule && matchMedia(rule.media.mediaText).matches) readPageRules(rule.cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) readPageRules(sheet.cssRules);
    // a stylesheet's size is laid out even when the printer is given a paper size: Chromium scales it onto the paper
    const declaredWords = (declared.size ?? "").trim().toLowerCase().split(/\s+/);
    const sizeWords = declaredWords.filter((word) => word && !["auto", "portrait", "landscape"].includes(word));
    const words = sizeWords.length ? sizeWords : [(pageSize ?? "letter").toLowerCase()];
    let [width, height] = sizes[words[0]!] && words.length === 1 ? sizes[words[0]!]!.map((mm) => (mm * 96) / 25.4) : words.length === 2 ? words.map(toPx) : [NaN, NaN];
    if (declaredWords.includes("landscape")) [width, height] = [height, width];
    const [top, right, bottom, left] = ["top", "right", "bottom", "left"].map((side) => toPx(declared[`margin-${side}`] ?? "0px"));
    const columnHeight = height! - top! - bottom!;
    const columnWidth = width! - left! - right!;
    if (!(columnHeight > 0 && columnWidth > 0)) return null;

    // forced page breaks and page-only avoidance, as columns know them
    const restyled: [HTMLElement, string | null][] = [];
    const PAGE_BREAKS = new Set(["page", "left", "right", "recto", "verso"]);
    for (const element of Array.from(body.querySelectorAll<HTMLElement>("*"))) {
      const computed = getComputedStyle(element);
      const before = PAGE_BREAKS.has(computed.breakBefore) ? "column" : computed.breakBefore === "avoid-page" ? "avoid" : "";
      const after = PAGE_BREAKS.has(computed.breakAfter) ? "column" : computed.breakAfter === "avoid-page" ? "avoid" : "";
      const inside = computed.breakInside === "avoid-page" ? "avoid" : "";
      if (!before && !after && !inside) continue;
      restyled.push([element, element.getAttribute("style")]);
      if (before) element.style.breakBefore = before;
      if (after) element.style.breakAfter = after;
      if (inside) element.style.breakInside = inside;
    }
    const columns = document.createElement("style");
    columns.textContent =
      `html{width:${columnWidth}px!important}` +
      `body{column-count:1!important;column-gap:${gap}px!important;column-fill:auto!important;height:${columnHeight}px!important;box-sizing:content-box!important;overflow:visible!important}`;
    const shrinkStyle = document.createElement("style");
    document.head.append(columns, shrinkStyle);
    kept = {
      shrink: shrinkStyle,
      columnHeight,
      undo() {
        columns.remove();
        shrinkStyle.remove();
        for (const [element, attribute] of restyled) {
          if (attribute === null) element.removeAttribute("style");
          else element.setAttribute("style", attribute);
        }
        delete root.vitaeColumns;
      },
    };
  }
  if (kept.shrink.textContent !== shrink) kept.shrink.textContent = shrink;

  const box = body.getBoundingClientRect();
  const laidOut = getComputedStyle(body);
  const origin = { x: box.left + body.clientLeft + parseFloat(laidOut.paddingLeft), y: box.top + body.clientTop + parseFloat(laidOut.paddingTop) };
  const pitch = parseFloat(laidOut.width) + gap;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let lastColumn = 0;
  let lowest = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // tested and iterated in place: a CV has hundreds of text nodes, and a trimmed copy or an array of each one's rects is garbage
    if (!/\S/.test((node as Text).data)) continue;
    range.selectNodeContents(node);
    const rects = range.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const rect = rects[i]!;
      if (!rect.width) continue;
      const column = Math.floor((rect.left - origin.x + gap / 2) / pitch);
      if (column > lastColumn) [lastColumn, lowest] = [column, 0];
      if (column === lastColumn) lowest = Math.max(lowest, rect.bottom - origin.y);
    }
  }
  const estimate = { pageCount: lastColumn + 1, lastPageFill: lastColumn === 0 ? 1 : Math.min(1, lowest / kept.columnHeight) };
  if (keep) root.vitaeColumns = kept;
  else kept.undo();
  return estimate;
}

/** Runs in the page: undoes the columns an estimate kept, sets the shrink to print at (`shrink`, CSS; empty for none), and waits for the fonts it needs. */
async function settleInPage(shrink: string): Promise<void> {
  (document.documentElement as (HTMLElement & { vitaeColumns?: KeptColumns }) | null)?.vitaeColumns?.undo();
  if (shrink && document.head) {
    const style = document.createElement("style");
    style.textContent = shrink;
    document.head.append(style);
  }
  await document.fonts.ready;
}

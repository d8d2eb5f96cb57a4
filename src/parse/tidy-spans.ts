import type { Span } from "./source-line.js";

type Style = Omit<Span, "text">;

/**
 * Cuts a line's styled runs to the line's tidied text (`tidySpaces`: runs of
 * spaces collapsed, a wide gap or a tab made one tab, ends trimmed), merging
 * neighbours set alike. Returns nothing when no run is styled, or when the
 * runs do not spell `text`, so that spans are never out of step with it.
 */
export function tidySpans(runs: readonly Span[], text: string): Span[] | undefined {
  if (!runs.some((r) => hasStyle(r))) return undefined;
  const spans: Span[] = [];
  let gap = "";
  let gapStyle: Style = {};
  const add = (chars: string, style: Style) => {
    const last = spans[spans.length - 1];
    if (last && sameStyle(last, style)) last.text += chars;
    else spans.push({ ...styleOf(style), text: chars });
  };
  for (const run of runs) {
    for (const piece of run.text.split(/([ \t\f\v]+)/)) {
      if (!piece) continue;
      if (/^[ \t\f\v]+$/.test(piece)) {
        if (!gap) gapStyle = run;
        gap += piece;
        continue;
      }
      // a gap between two words keeps the style of the run it started in
      if (gap && spans.length) add(/\t| {3}/.test(gap) ? "\t" : " ", gapStyle);
      gap = "";
      add(piece, run);
    }
  }
  const kept = spans.filter((s) => s.text);
  return kept.map((s) => s.text).join("") === text && kept.some((s) => hasStyle(s)) ? kept : undefined;
}

function styleOf(style: Style): Style {
  const out: Style = {};
  if (style.strong) out.strong = true;
  if (style.emphasis) out.emphasis = true;
  if (style.code) out.code = true;
  if (style.url !== undefined) out.url = style.url;
  return out;
}

const hasStyle = (style: Style) => Boolean(style.strong || style.emphasis || style.code || style.url !== undefined);

function sameStyle(a: Style, b: Style): boolean {
  return Boolean(a.strong) === Boolean(b.strong) && Boolean(a.emphasis) === Boolean(b.emphasis) && Boolean(a.code) === Boolean(b.code) && a.url === b.url;
}

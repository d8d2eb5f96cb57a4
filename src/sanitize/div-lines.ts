import type { Element, ElementContent, Root as HastRoot } from "hast";

/** Tags a line of text is made of: what a `<div>` holding only these shows as one line (a `<br>` makes it two). */
const INLINE_TAGS = new Set(["b", "strong", "i", "em", "u", "sup", "sub", "a", "s", "del", "code", "small", "span", "img"]);

/**
 * `<div class="company-name">Acme</div>` ⏎ `<div class="job-title">Engineer</div>` ⏎ `<div class="job-date">2019 –
 * 2021</div>`: a browser sets sibling `<div>`s of text one under the other with no space between, as the lines of
 * one paragraph, where each `<p>` is a paragraph apart. A run of two such `<div>`s or more becomes one `<p>` of their
 * lines, so that an entry's name, title and dates stay one entry's head, not three paragraphs. In place.
 */
export function joinDivLines(parent: HastRoot | Element): void {
  const out: Array<(typeof parent.children)[number]> = [];
  let run: Element[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(linesOf(run));
    else out.push(...run);
    run = [];
  };
  for (const child of parent.children) {
    // ("job", "job": a class the run holds already begins the next record, as "company-name", "job-title" do not)
    if (child.type === "element" && isLineDiv(child)) {
      if (run.some((div) => sameClass(div, child))) flush();
      run.push(child);
      continue;
    }
    // (the white space between the tags keeps the run going, and goes with it)
    if (child.type === "text" && child.value.trim() === "" && run.length) continue;
    flush();
    if (child.type === "element") joinDivLines(child);
    out.push(child);
  }
  flush();
  parent.children = out as typeof parent.children;
}

const sameClass = (a: Element, b: Element) => a.properties.className !== undefined && String(a.properties.className) === String(b.properties.className);

/** A `<div>` that holds one line: text and inline tags only, some of it words. */
function isLineDiv(element: Element): boolean {
  return element.tagName === "div" && element.children.every(isInline) && element.children.some((c) => c.type !== "text" || c.value.trim() !== "");
}

const isInline = (node: ElementContent): boolean => node.type === "text" || (node.type === "element" && INLINE_TAGS.has(node.tagName) && node.children.every(isInline));

/** One paragraph of the divs' contents, a line break between each two. */
function linesOf(divs: readonly Element[]): Element {
  const children: ElementContent[] = divs.flatMap((div, i) => (i === 0 ? div.children : [{ type: "element", tagName: "br", properties: {}, children: [] } as Element, ...div.children]));
  const start = divs[0]!.position?.start;
  const end = divs[divs.length - 1]!.position?.end;
  return { type: "element", tagName: "p", properties: {}, children, ...(start && end ? { position: { start, end } } : {}) };
}

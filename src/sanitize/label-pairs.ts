import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";

/** Longest text a label element holds ("E-mail", "現住所", "Date of birth"); a longer one is an entry's head, not a label. */
const LABEL_MAX = 24;

/**
 * `<span class="key">Phone</span><span>…</span>` side by side, and `<dt>City</dt><dd>York</dd>`: a label and its value
 * in sibling elements, which a stylesheet sets as two columns and which, as text, run together ("PhoneYork"). A parent
 * holding two such pairs or more, each label short and marked alike (all `<dt>`, or all one class their values lack),
 * has each pair written as one line, `Label: value`, as a CV writes labelled details in text. In place.
 */
export function separateLabelPairs(parent: HastRoot | Element): void {
  for (const child of parent.children) if (child.type === "element") separateLabelPairs(child);
  const elements = (parent.children as RootContent[]).filter((c): c is Element => c.type === "element");
  // (only elements and the white space between them: a parent with words of its own is a sentence, not a grid)
  if (parent.children.some((c) => c.type === "text" && c.value.trim() !== "")) return;
  if (elements.length < 4 || elements.length % 2 !== 0) return;
  const labels = elements.filter((_, i) => i % 2 === 0);
  const values = elements.filter((_, i) => i % 2 === 1);
  if (!labels.every(isShortLabel) || !values.every(holdsWords) || !markedAlike(labels, values)) return;
  const dl = parent.type === "element" && parent.tagName === "dl";
  const pairs = labels.map((label, k) => [...label.children, { type: "text", value: ": " } as ElementContent, ...values[k]!.children]);
  if (!dl) {
    parent.children = pairs.flatMap((children, k) => (k === 0 ? children : [{ type: "element", tagName: "br", properties: {}, children: [] } as Element, ...children]));
    return;
  }
  // (a list of terms would be read as a list of items: the pairs are lines of text, a paragraph each)
  (parent as Element).tagName = "div";
  parent.children = pairs.map((children, k) => paragraph(children, labels[k]!, values[k]!));
}

/** The labels are `<dt>`s over `<dd>`s, or elements of one tag and one class that none of the values has. */
function markedAlike(labels: readonly Element[], values: readonly Element[]): boolean {
  if (labels.every((l) => l.tagName === "dt") && values.every((v) => v.tagName === "dd")) return true;
  const tag = labels[0]!.tagName;
  const mark = classOf(labels[0]!);
  if (!mark || !INLINE.has(tag)) return false;
  return labels.every((l) => l.tagName === tag && classOf(l) === mark) && values.every((v) => INLINE.has(v.tagName) && classOf(v) !== mark);
}

const INLINE = new Set(["span", "b", "strong", "em", "i", "label", "small"]);

const classOf = (e: Element) => (e.properties.className === undefined ? undefined : String(e.properties.className));

const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");

/** A label's words only: short, on one line, no digit (a date or a number is a value). */
function isShortLabel(e: Element): boolean {
  const text = e.children.map(textOf).join("").trim();
  return text !== "" && text.length <= LABEL_MAX && !/\d|\n/.test(text) && e.children.every((c) => c.type === "text" || (c.type === "element" && INLINE.has(c.tagName)));
}

/** A value of words and inline tags only: a `<dd>` of paragraphs or lists describes its term at length. */
const holdsWords = (e: Element) => e.children.map(textOf).join("").trim() !== "" && e.children.every((c) => c.type === "text" || (c.type === "element" && (INLINE.has(c.tagName) || ["a", "code", "br"].includes(c.tagName))));

function paragraph(children: ElementContent[], first: Element, last: Element): Element {
  const start = first.position?.start;
  const end = last.position?.end;
  return { type: "element", tagName: "p", properties: {}, children, ...(start && end ? { position: { start, end } } : {}) };
}

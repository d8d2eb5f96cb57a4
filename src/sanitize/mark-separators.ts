import type { Element, ElementContent, Root as HastRoot } from "hast";

/**
 * The character that stands for a visual gap between two phrases: the parser
 * reads it as a tab, the way `&emsp;` written by hand is read. It is not HTML
 * whitespace, so the HTML-to-Markdown conversion does not collapse it.
 */
const GAP = "\u2003";

const FLOAT_RIGHT = /float\s*:\s*right/i;
/**
 * `<span class="right">2018.09 - 2021.06</span>` (the Chinese resume templates' stylesheet floats it right), Bootstrap's
 * `float-right`, `pull-right`, `float-end`, `text-end`: classes that set a phrase apart at the line's right end.
 */
const RIGHT_CLASSES = new Set(["right", "float-right", "pull-right", "float-end", "text-right", "text-end"]);
const isRightClass = (element: Element) => {
  const names = element.properties.className;
  return Array.isArray(names) && names.some((n) => RIGHT_CLASSES.has(String(n)));
};

/** Inline tags that, left empty, are an icon font's glyph (`<i class="fa fa-phone">`). */
const ICON_TAGS = new Set(["i", "span", "em"]);

/**
 * Marks, in place and before the sanitizer removes styles, the places where
 * the layout separates two phrases that the text alone would glue together:
 * a right-floated date beside a title (`Title<span style="float: right">2020</span>`)
 * and an empty icon element between a company and a role.
 */
export function markSeparators(parent: HastRoot | Element): void {
  parent.children = parent.children.map((child): ElementContent => {
    if (child.type !== "element") return child as ElementContent;
    if (ICON_TAGS.has(child.tagName) && child.children.every((c) => c.type === "text" && c.value.trim() === "")) {
      return { type: "text", value: GAP, position: child.position };
    }
    markSeparators(child);
    labelApart(child);
    if (FLOAT_RIGHT.test(String(child.properties.style ?? "")) || isRightClass(child)) child.children.unshift({ type: "text", value: GAP });
    return child;
  }) as typeof parent.children;
}

/**
 * `<li><span>电话</span>176 1234 5678</li>`: a list item led by a label in a span of its own, which the page's style sets
 * apart from the value after it; the text alone would glue them ("电话176 1234 5678").
 */
function labelApart(item: Element): void {
  if (item.tagName !== "li") return;
  const at = item.children.findIndex((c) => !(c.type === "text" && c.value.trim() === ""));
  const label = item.children[at];
  const after = item.children.slice(at + 1);
  if (label?.type !== "element" || label.tagName !== "span" || !after.some((c) => c.type !== "text" || c.value.trim() !== "")) return;
  item.children.splice(at + 1, 0, { type: "text", value: GAP });
}

import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import type { RootContent as MdastContent } from "mdast";
import rehypeRaw from "rehype-raw";
import { unified } from "unified";
import { KEPT_TAG } from "./schema.js";

/** Stands in for a Markdown node while the HTML around it is parsed. */
const PASS_THROUGH = "vitaeKept";

export interface ParsedHtml<T extends MdastContent> {
  /** The HTML as parsed by a browser-grade parser, with each Markdown node as a placeholder element. */
  tree: HastRoot;
  /** The Markdown nodes the placeholders stand for, by index. */
  kept: T[];
}

const processor = unified().use(rehypeRaw, { passThrough: [PASS_THROUGH] });

/**
 * Parses a run of sibling mdast nodes whose `html` pieces belong together
 * (`<b>`, text, `</b>` in a paragraph; `<section>`, a Markdown list,
 * `</section>` between blocks) as one HTML fragment, the way a browser would:
 * tags close, nest and split exactly as in Chromium, and the Markdown between
 * them lands inside the element that holds it. Text nodes go in as text, so
 * nothing the user wrote literally turns into markup.
 */
export function parseMixedHtml<T extends MdastContent>(nodes: readonly T[]): ParsedHtml<T> {
  const kept: T[] = [];
  const children: RootContent[] = [];
  for (const node of nodes) {
    // "raw" is hast's node for unparsed HTML (declared by mdast-util-to-hast, which this skips)
    if (node.type === "html") children.push({ type: "raw", value: node.value, position: node.position } as unknown as RootContent);
    else if (node.type === "text") children.push({ type: "text", value: node.value, position: node.position });
    else {
      // Markdown nodes side by side go in as one run: nothing can come between them
      const last = children[children.length - 1] as unknown as Partial<PassThrough> | undefined;
      if (last?.type === PASS_THROUGH) last.to!++;
      else children.push({ type: PASS_THROUGH, from: kept.length, to: kept.length + 1 } satisfies PassThrough as unknown as RootContent);
      kept.push(node);
    }
  }
  const tree = processor.runSync({ type: "root", children }) as HastRoot;
  replacePassThrough(tree);
  return { tree, kept };
}

interface PassThrough {
  type: typeof PASS_THROUGH;
  /** The first of the kept Markdown nodes it stands for, and the one after the last. */
  from: number;
  to: number;
}

/**
 * Swaps each pass-through node for elements the sanitizer can allow; `data` cannot be forged from HTML.
 * At the root a run of Markdown nodes stays one placeholder: hast-util-to-mdast's whitespace pass looks
 * ahead across every placeholder from each one, which is quadratic in a long run (a CV's sections written
 * in Markdown between HTML headings). Inside an element each node gets its own, as converters count an
 * element's children (two blocks in an `<li>` make a spread list).
 */
function replacePassThrough(parent: HastRoot | Element): void {
  const atRoot = parent.type === "root";
  parent.children = parent.children.flatMap((child) => {
    const run = (child as { type: string }).type === PASS_THROUGH ? (child as unknown as PassThrough) : undefined;
    if (run) {
      const ranges = atRoot ? [[run.from, run.to]] : Array.from({ length: run.to - run.from }, (_, i) => [run.from + i, run.from + i + 1]);
      return ranges.map((range): Element => ({ type: "element", tagName: KEPT_TAG, properties: {}, children: [], data: { vitaeKept: range } as Element["data"] }));
    }
    if (child.type === "element") replacePassThrough(child);
    return [child];
  }) as ElementContent[];
}

/** The Markdown nodes a placeholder element stands for, or undefined for any other element. */
export function keptNodes<T>(element: Element, kept: readonly T[]): T[] | undefined {
  const range = (element.data as { vitaeKept?: unknown } | undefined)?.vitaeKept;
  return Array.isArray(range) ? kept.slice(range[0], range[1]) : undefined;
}

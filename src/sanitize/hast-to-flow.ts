import type { Element, Nodes as HastNodes, Root as HastRoot } from "hast";
import { toMdast, type Handle } from "hast-util-to-mdast";
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import { joinDivLines } from "./div-lines.js";
import { separateLabelPairs } from "./label-pairs.js";
import { headingWithBlocks } from "./heading-with-list.js";
import { keptNodes } from "./parse-mixed-html.js";
import { KEPT_TAG } from "./schema.js";
import { classifyTitle } from "../parse/section-titles.js";
import { toString } from "mdast-util-to-string";

/**
 * Turns sanitized HTML blocks, with the Markdown blocks that sat between
 * them, into mdast flow content with hast-util-to-mdast: headings stay
 * headings, lists lists, table cells cells, and every block element its own
 * paragraph. Line ends inside the HTML are kept, as in a Markdown paragraph,
 * since the parser reads a field written on its own line as one.
 */
export function toFlow(safe: HastRoot, kept: readonly RootContent[]): RootContent[] {
  const standIns: RootContent[][] = [];
  const keep: Handle = (_state, element: Element, parent) => {
    const nodes = keptNodes(element, kept);
    if (nodes && isCell(parent)) return inCell(nodes) as never;
    if (parent?.type !== "root" || !nodes?.every(leftAsItIs)) return nodes as never;
    standIns.push(nodes);
    return { type: STAND_IN, data: { run: standIns.length - 1 } } as never;
  };
  startAtText(safe);
  separateLabelPairs(safe);
  joinDivLines(safe);
  const root = toMdast(safe, { newlines: true, handlers: { [KEPT_TAG]: keep, summary, details: foldedSection, section: titledById, article: titledById, div: titledById, ...HEADINGS } });
  const converted = "children" in root ? (root.children as RootContent[]) : [root as RootContent];
  const children = converted.flatMap((node) => ((node.type as string) === STAND_IN ? standIns[(node.data as { run: number }).run]! : [node]));
  const flow = groupListItems(children);
  for (const node of flow) fillPositions(node);
  return flow;
}

const HEADINGS = Object.fromEntries(["h1", "h2", "h3", "h4", "h5", "h6"].map((tag) => [tag, headingWithBlocks]));

const isCell = (node: unknown) => (node as Element | undefined)?.type === "element" && ["td", "th"].includes((node as Element).tagName);

/**
 * A table cell holds phrasing only: the paragraphs and list items written in Markdown inside one (its text after a
 * blank line) are its words, each set apart from what comes before it by a space, as a browser shows them on lines
 * of their own.
 */
function inCell(nodes: readonly RootContent[]): RootContent[] {
  const paragraphs: RootContent[] = nodes.flatMap((n): RootContent[] => (n.type === "list" ? n.children.flatMap((item) => item.children) : [n]));
  if (!paragraphs.every((n): n is Paragraph => n.type === "paragraph")) return [...nodes];
  return paragraphs.flatMap((n): RootContent[] => [{ type: "text", value: " " }, ...n.children]);
}

const PHRASING = new Set(["text", "strong", "emphasis", "delete", "link", "inlineCode", "break", "image"]);

/**
 * Stands in for a run of Markdown blocks at the top of the converted tree.
 * hast-util-to-mdast's last pass, which joins and trims text nodes, walks
 * every node it is given back, and a CV's Markdown between HTML headings is
 * most of the document: a run that pass would leave as it is goes through the
 * conversion as this one leaf, a block like the ones it stands for, and is
 * put back after.
 */
const STAND_IN = "vitaeKeptRun";

/** Blocks the conversion handles as it handles any block, whatever they hold: no phrasing, which it would wrap in a paragraph. */
const BLOCKS = new Set(["paragraph", "heading", "list", "code", "table", "blockquote", "thematicBreak", "definition", "yaml"]);

/** Whether hast-util-to-mdast's last pass would leave this Markdown block and everything in it as it is. */
function leftAsItIs(node: RootContent): boolean {
  return BLOCKS.has(node.type) && !(node.data as { hName?: unknown } | undefined)?.hName && textsLeftAsTheyAre(node);
}

/**
 * The pass joins a text node to a text node before it, drops an empty one, takes the spaces and tabs
 * around its first line end, and trims the first and last text in a paragraph or heading.
 */
function textsLeftAsTheyAre(node: Nodes): boolean {
  if (!("children" in node)) return true;
  const trims = node.type === "paragraph" || node.type === "heading";
  return node.children.every((child, i, siblings) => {
    if (child.type !== "text") return textsLeftAsTheyAre(child);
    const { value } = child;
    if (!value || siblings[i - 1]?.type === "text" || SPACED_LINE_END.test(value)) return false;
    return !trims || ((i > 0 || !/^[\t ]/.test(value)) && (i < siblings.length - 1 || !/[\t ]$/.test(value)));
  });
}

const SPACED_LINE_END = /[\t ](?:\r?\n|\r)|(?:\r?\n|\r)[\t ]/;

/**
 * A `<details>` block's `<summary>` is the title of what it folds away (a
 * section, or an entry with its details): it becomes a line set in bold, the
 * way an entry's title is marked.
 */
const summary: Handle = (state, element: Element) => {
  const children = state.all(element);
  if (children.length === 0) return undefined;
  // a summary written as a heading (`<summary><h2>…</h2></summary>`) keeps its heading
  if (!children.every((c) => PHRASING.has(c.type))) return state.toFlow(children);
  // "<details><summary><b>Experience</b></summary>": a fold that holds a section is headed by its title
  const topLevel = (element.data as { vitaeTopFold?: boolean } | undefined)?.vitaeTopFold === true;
  if (topLevel || classifyTitle(toString({ type: "paragraph", children: children as PhrasingContent[] }))) {
    const heading: RootContent = { type: "heading", depth: 2, children: children as PhrasingContent[] };
    state.patch(element, heading as never);
    return heading as never;
  }
  const result: Paragraph = { type: "paragraph", children: [{ type: "strong", children: children as PhrasingContent[] }] };
  state.patch(element, result);
  return result;
};

/**
 * A README whose top-level `<details>` folds include two known sections or
 * more ("Stack", "Experience") uses its folds as sections, whatever the others' titles
 * ("Building in public"): their summaries head them.
 */
const foldedSection: Handle = (state, element: Element, parent) => {
  const folds = parent?.type === "root" ? parent.children.filter((c): c is Element => c.type === "element" && c.tagName === "details") : [];
  const summaryOf = (fold: Element) => fold.children.find((c): c is Element => c.type === "element" && c.tagName === "summary");
  if (folds.filter((fold) => classifyTitle(hastText(summaryOf(fold)))).length >= 2) {
    const summary = summaryOf(element);
    if (summary) summary.data = { ...summary.data, vitaeTopFold: true } as Element["data"];
  }
  return state.toFlow(state.all(element)) as never;
};

const hastText = (node: Element | undefined): string =>
  !node ? "" : node.children.map((c) => (c.type === "text" ? c.value : c.type === "element" ? hastText(c) : "")).join("").trim();

/**
 * `<section id="experience">` holding jobs under no heading of its own: a page
 * styled by its ids names the section by its id, which becomes its heading
 * when it is a section title vitae knows.
 */
const titledById: Handle = (state, element: Element) => {
  const nodes = state.toFlow(state.all(element)) as RootContent[];
  const id = typeof element.properties.id === "string" ? element.properties.id.replace(/[-_]+/g, " ").trim() : "";
  const first = nodes[0];
  if (!id || (first?.type === "heading" && first.depth <= 2) || !classifyTitle(id)) return nodes as never;
  const heading: RootContent = { type: "heading", depth: 2, children: [{ type: "text", value: id[0]!.toUpperCase() + id.slice(1) }] };
  state.patch(element, heading as never);
  return [heading, ...nodes] as never;
};

/**
 * Moves the start of each text node past its leading whitespace, which the
 * conversion drops: `<div>\n  <p>2011</p>` puts "2011" on the line of its
 * tag, not on the line before.
 */
function startAtText(node: HastNodes): void {
  if (node.type === "text" && node.position) {
    const lead = /^\s*/.exec(node.value)![0];
    const lines = lead.split("\n");
    const { line, column, offset } = node.position.start;
    const last = lines[lines.length - 1]!.length;
    node.position.start = { line: line + lines.length - 1, column: lines.length > 1 ? last + 1 : column + last, offset: offset === undefined ? undefined : offset + lead.length };
  }
  if ("children" in node) for (const child of node.children) startAtText(child);
}

/** `<li>`s written without a `<ul>` (browsers show them as bullets all the same) become one list. */
function groupListItems(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if ("children" in node && node.type !== "list") node.children = groupListItems(node.children as RootContent[]) as typeof node.children;
    if (node.type !== "listItem") {
      out.push(node);
      continue;
    }
    const last = out[out.length - 1];
    if (last?.type === "list" && (last.data as { vitaeLoose?: boolean } | undefined)?.vitaeLoose) last.children.push(node);
    else out.push({ type: "list", ordered: false, spread: false, children: [node as ListItem], data: { vitaeLoose: true } } as List);
  }
  return out;
}

/** Nodes the conversion made up (a paragraph around loose text, a list) take their place from their content. */
function fillPositions(node: Nodes): void {
  if (!("children" in node)) return;
  for (const child of node.children) fillPositions(child);
  if (node.position) return;
  const first = node.children.find((c) => c.position)?.position;
  const last = [...node.children].reverse().find((c) => c.position)?.position;
  if (first && last) node.position = { start: first.start, end: last.end };
}

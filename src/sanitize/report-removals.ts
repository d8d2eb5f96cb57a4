import type { Element, Properties, Root as HastRoot } from "hast";
import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import { STRIPPED_TAGS } from "./schema.js";

const STRIPPED = new Set(STRIPPED_TAGS);

/**
 * Says what the sanitizer took out and where, by comparing the parsed HTML
 * with the sanitized tree: the library decides, this only describes its
 * decisions. Elements are matched by their source position and tag name.
 */
export function reportRemovals(unsafe: HastRoot, safe: HastRoot, file: string): Diagnostic[] {
  const survivors = new Map<string, Element>();
  walk(safe, (element) => {
    survivors.set(keyOf(element), element);
    return true;
  });
  const diagnostics: Diagnostic[] = [];
  walk(unsafe, (element) => {
    const at = element.position?.start;
    // elements the HTML parser implied (tbody, an auto-closed p) have no place in the source to report
    if (!at) return true;
    const position = { line: at.line, column: at.column };
    const survivor = survivors.get(keyOf(element));
    if (!survivor) {
      diagnostics.push(diagnose(file, "warning", "html-removed", describeRemovedElement(element), position));
      return !STRIPPED.has(element.tagName);
    }
    for (const name of removedProperties(element.properties, survivor.properties)) {
      diagnostics.push(diagnose(file, "warning", "html-attribute-removed", describeRemovedAttribute(element, name), position));
    }
    return true;
  });
  return diagnostics;
}

/** Visits elements depth-first; the visitor returns false to skip an element's children. */
function walk(parent: HastRoot | Element, visit: (element: Element) => boolean): void {
  for (const child of parent.children) {
    if (child.type === "element" && visit(child)) walk(child, visit);
  }
}

function keyOf(element: Element): string {
  const at = element.position?.start;
  return `${at?.line}:${at?.column}:${element.tagName}`;
}

function removedProperties(before: Properties, after: Properties): string[] {
  return Object.keys(before).filter((name) => !(name in after) || String(after[name]) !== String(before[name]));
}

function describeRemovedElement(element: Element): string {
  const tag = `<${element.tagName}>`;
  if (STRIPPED.has(element.tagName)) {
    return `removed ${tag} and everything in it: scripts, styles, embedded pages and forms never reach a CV; delete it from the source to silence this`;
  }
  if (element.children.length === 0) return `removed ${tag}: only text formatting and layout (b, i, a, br, headings, paragraphs, lists, tables) is kept from HTML`;
  return `removed the ${tag} tag but kept its text: only text formatting and layout (b, i, a, br, headings, paragraphs, lists, tables) is kept from HTML`;
}

function describeRemovedAttribute(element: Element, property: string): string {
  const tag = `<${element.tagName}>`;
  const name = attributeName(property);
  const value = element.properties[property];
  if (property === "href" || property === "src") {
    const url = truncate(String(value));
    return property === "href"
      ? `removed the link to ${url} from ${tag}: only http, https and mailto links are kept; its text stays as plain text`
      : `removed the image source ${url} from ${tag}: only http and https images are recognised, and no image is ever loaded`;
  }
  if (/^on/.test(name)) return `removed the event handler ${name} from ${tag}: a CV never runs scripts`;
  return `removed the attribute ${name} from ${tag}: it has no meaning in a CV (styles come from the theme)`;
}

/** hast property names back to the attribute the user wrote: onClick → onclick, srcSet → srcset, httpEquiv → http-equiv. */
function attributeName(property: string): string {
  if (property === "className") return "class";
  if (property === "htmlFor") return "for";
  if (/^(data|aria)[A-Z]|^(httpEquiv|acceptCharset)$/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

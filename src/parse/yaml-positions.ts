import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { Position } from "../diagnostics/diagnostic.js";
import { escapePointer } from "../diagnostics/json-pointer.js";

/** A JSON or YAML document read with the place of every value and key, keyed by JSON pointer. */
export interface PositionedDocument {
  value: unknown;
  /** Where each value starts ("/work/0/startDate" → 12:20); "" is the document. */
  values: Map<string, Position>;
  /** Where each key of a mapping is written ("/work/0/foo" → the `foo` key). */
  keys: Map<string, Position>;
}

/**
 * A parsed YAML document's value with the place of every value and key, or
 * the message that says why it has none: an alias whose anchor is not set
 * before it, or aliases that expand beyond reason, fail only when the value
 * is built.
 */
export function locate(doc: Document, lineCounter: LineCounter, lineOffset = 0): PositionedDocument | { unreadable: string } {
  try {
    return located(doc, lineCounter, lineOffset);
  } catch (e) {
    if (e instanceof ReferenceError || e instanceof RangeError || (e instanceof Error && /alias/i.test(e.message))) return { unreadable: e.message };
    throw e;
  }
}

function located(doc: Document, lineCounter: LineCounter, lineOffset: number): PositionedDocument {
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const located: PositionedDocument = { value: doc.toJS({ maxAliasCount: 100 }), values: new Map(), keys: new Map() };
  if (doc.contents) record(doc.contents as Node, "", located, at);
  return located;
}

/** Walks the syntax tree once, noting where each value and key begins. */
function record(node: Node, pointer: string, into: PositionedDocument, at: (offset: number) => Position): void {
  if (node.range) into.values.set(pointer, at(node.range[0]));
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = `${pointer}/${escapePointer(key)}`;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) into.keys.set(child, at(keyNode.range[0]));
      if (pair.value) record(pair.value as Node, child, into, at);
      else if (keyNode?.range) into.values.set(child, at(keyNode.range[0]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => record(item as Node, `${pointer}/${i}`, into, at));
  }
}

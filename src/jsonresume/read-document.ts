import { LineCounter, parseDocument } from "yaml";
import { diagnose, type Position } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { locate, type PositionedDocument } from "../parse/yaml-positions.js";
import type { SourceFile } from "../source/source-file.js";

/**
 * Reads a JSON or YAML source with positions. The `yaml` parser reads both (JSON
 * is YAML 1.2 flow syntax), which gives one position-aware path for the two.
 * YAML sources use the failsafe schema, so `startDate: 2013` and `score: 4.0`
 * stay the strings JSON Resume asks for instead of becoming numbers.
 */
export function readPositionedDocument(source: SourceFile): Result<PositionedDocument> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: source.format === "yaml" ? "failsafe" : "core",
  });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const kind = source.format === "yaml" ? "YAML" : "JSON";
  if (doc.errors.length) {
    return fail(
      doc.errors.map((e) =>
        diagnose(source.path, "error", `${kind.toLowerCase()}-syntax`, `the ${kind} could not be read: ${e.message.split("\n")[0]}; fix the syntax at this place`, at(e.pos[0])),
      ),
    );
  }
  const read = locate(doc, lineCounter);
  if ("unreadable" in read) return fail([diagnose(source.path, "error", `${kind.toLowerCase()}-syntax`, `the ${kind} could not be read: ${read.unreadable}; set the anchor (&name) before the alias that uses it, or write the value out`)]);
  return succeed(read);
}

import official from "@jsonresume/schema";
import type { Resume } from "../resume/schema.js";
import { checkOfficialSchema } from "./check-official.js";
import { escapePointer } from "../diagnostics/json-pointer.js";
import { stashExtensions } from "./vitae-extensions.js";

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; $ref?: string };

/**
 * The résumé as strict JSON Resume v1.0.0, for tools that know only the official
 * fields: every vitae extension (and any value the official schema would refuse)
 * moves to `meta.vitae.extensions`, keyed by its JSON pointer, so nothing is lost
 * and vitae reads the file back into the same résumé.
 */
export function toJsonResume(resume: Resume): Record<string, unknown> {
  const document = resume as Record<string, unknown>;
  const extensions = [...extensionPointers(document, official.schema as SchemaNode, "")];
  const strict = stashExtensions(document, extensions);
  const refused = checkOfficialSchema(strict).map((issue) => "/" + issue.path.map((k) => escapePointer(String(k))).join("/"));
  if (!refused.length) return strict;
  return stashExtensions(document, [...extensions, ...refused]);
}

/** Pointers of the keys the official schema does not describe, found by walking both together. */
function* extensionPointers(value: unknown, schema: SchemaNode, pointer: string): Generator<string> {
  if (Array.isArray(value)) {
    if (schema.items) for (const [i, item] of value.entries()) yield* extensionPointers(item, schema.items, `${pointer}/${i}`);
    return;
  }
  if (typeof value !== "object" || value === null || !schema.properties) return;
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${escapePointer(key)}`;
    const childSchema = schema.properties[key];
    if (!childSchema) yield childPointer;
    else yield* extensionPointers(child, childSchema, childPointer);
  }
}

import * as z from "./zod.js";
import { escapePointer } from "../diagnostics/json-pointer.js";
import { ResumeSchema } from "./schema.js";

/**
 * JSON pointers of the fields in `value` that the résumé schema has no place
 * for. Validation strips such fields, so each must be named to the user rather
 * than lost without a word. Empty values (null) carry nothing and are not named.
 */
export function unknownFields(value: unknown, schema: z.ZodType = ResumeSchema, pointer = ""): string[] {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodArray && Array.isArray(value)) return value.flatMap((item, i) => unknownFields(item, inner.element as z.ZodType, `${pointer}/${i}`));
  if (!(inner instanceof z.ZodObject) || typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const shape = inner.shape as Record<string, z.ZodType>;
  return Object.entries(value).flatMap(([key, child]) => {
    if (child === null || child === undefined) return [];
    const at = `${pointer}/${escapePointer(key)}`;
    return Object.hasOwn(shape, key) ? unknownFields(child, shape[key], at) : [at];
  });
}

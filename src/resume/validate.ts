import { diagnose, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { ResumeSchema, type Resume } from "./schema.js";

/** Checks a draft against the canonical schema; each error points at the source line its value came from. */
export function validateResume(draft: unknown, file: string, origins: ReadonlyMap<string, Position> = new Map()): Result<Resume> {
  const parsed = ResumeSchema.safeParse(draft);
  if (parsed.success) return succeed(parsed.data);
  const diagnostics: Diagnostic[] = parsed.error.issues.map((issue) => {
    const pointer = "/" + issue.path.map(String).join("/");
    return diagnose(file, "error", "schema", `${pointer}: ${issue.message}`, nearestOrigin(pointer, origins));
  });
  return fail(diagnostics);
}

/** The origin of the value at `pointer`, or of its closest ancestor that has one. */
function nearestOrigin(pointer: string, origins: ReadonlyMap<string, Position>): Position | undefined {
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf("/"))) {
    const found = origins.get(p);
    if (found) return found;
  }
  return undefined;
}

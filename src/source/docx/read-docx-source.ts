import { fail, type Result } from "../../diagnostics/result.js";
import type { SourceFile } from "../source-file.js";

export async function readDocxSource(path: string, _bytes: Uint8Array): Promise<Result<SourceFile>> {
  return fail([{ file: path, severity: "error", ruleId: "docx-unsupported", message: "Word documents are not read yet" }]);
}

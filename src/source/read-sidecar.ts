import { extname } from "node:path";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { decodeText, readFileChecked } from "./read-source.js";

/** The sidecar of `cv.md` is `cv.meta.yaml`, beside it. */
export function sidecarPath(sourcePath: string): string {
  const ext = extname(sourcePath);
  return `${ext ? sourcePath.slice(0, -ext.length) : sourcePath}.meta.yaml`;
}

/** The text of the `<source>.meta.yaml` beside a source, if there is one; the extract stage reads its overrides. */
export async function readSidecar(sourcePath: string): Promise<Result<{ path: string; text: string } | undefined>> {
  const path = sidecarPath(sourcePath);
  const read = await readFileChecked(path, "sidecar");
  if (!read.ok) return fail(read.diagnostics);
  if (!read.value) return succeed(undefined);
  const text = decodeText(path, read.value);
  return text.ok ? succeed({ path, text: text.value }) : fail(text.diagnostics);
}

import { readFile, stat } from "node:fs/promises";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { detectFormat, type FormatOverride } from "./detect-format.js";
import type { SourceFile } from "./source-file.js";

/** Sources above this size are refused: no CV is 5 MB of text, and parsing it would stall a batch. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Reads a CV source from disk, refusing with one clear message anything that is not a text CV. */
export async function readSource(path: string, from?: FormatOverride): Promise<Result<SourceFile>> {
  const refuse = refuser(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return refuse("source-is-directory", "this is a folder, not a CV file; name a .md or .txt file inside it");
    // a FIFO or a device such as /dev/zero would never end or never answer
    if (!info.isFile()) return refuse("source-not-a-file", "this is not a regular file (a device, pipe or socket); save the CV to a file first");
    if (info.size > MAX_SOURCE_BYTES) {
      return refuse("source-too-large", `the file is ${(info.size / 1048576).toFixed(1)} MB; vitae reads CVs of at most ${MAX_SOURCE_BYTES / 1048576} MB`);
    }
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") return refuse("source-unreadable", "the file cannot be read: permission denied; check its permissions");
    return refuse("source-missing", "no such file; check the path (sources usually live in resumes/)");
  }
  return decodeSource(path, bytes, from);
}

/** Refusals concern the whole file, so they carry no line and column. */
function refuser(path: string): (ruleId: string, message: string) => Result<SourceFile> {
  return (ruleId, message) => fail<SourceFile>([{ file: path, severity: "error", ruleId, message } satisfies Diagnostic]);
}

/** Turns raw bytes into a SourceFile; separate from reading so it is testable without a disk. */
export function decodeSource(path: string, bytes: Uint8Array, from?: FormatOverride): Result<SourceFile> {
  const refuse = refuser(path);
  if (bytes.includes(0)) return refuse("source-binary", "the file holds binary data (NUL bytes); export your CV as Markdown or plain text first");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse("source-not-utf8", "the file is not valid UTF-8; re-save it as UTF-8 (most editors offer this under \"Save with encoding\")");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") return refuse("source-empty", "the file is empty; write your CV in it (`vitae init` starts one)");
  const { format, reason } = detectFormat(path, text, from);
  return succeed({ path, text, format, formatReason: reason });
}

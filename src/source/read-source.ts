import { readFile, stat } from "node:fs/promises";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../diagnostics/result.js";
import { detectFormat, type FormatOverride } from "./detect-format.js";
import { documentKind, readDocumentSource } from "./read-document-source.js";
import type { SourceFile } from "./source-file.js";

/** Sources above this size are refused: no CV is 5 MB of text, and parsing it would stall a batch. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Reads a CV source from disk, refusing with one clear message anything that is not a text CV. */
export async function readSource(path: string, from?: FormatOverride): Promise<Result<SourceFile>> {
  const read = await readFileChecked(path, "cv");
  if (!read.ok) return fail(read.diagnostics);
  if (!read.value) return refuser(path)("source-missing", "no such file; check the path (sources usually live in resumes/)");
  return decodeSourceBytes(path, read.value, from);
}

/** A source from its bytes: a PDF or Word document read by its own reader, any other file decoded as text. */
export async function decodeSourceBytes(path: string, bytes: Uint8Array, from?: FormatOverride): Promise<Result<SourceFile>> {
  const kind = documentKind(path, bytes);
  return kind ? readDocumentSource(path, bytes, kind) : decodeSource(path, bytes, from);
}

/** What a file is to vitae, for messages that say what it should be instead. */
export type FileRole = "cv" | "sidecar";

const EXPECTED: Record<FileRole, string> = { cv: "a CV: a .md, .txt, .json, .yaml, .pdf or .docx file", sidecar: "a sidecar: a YAML file of overrides" };

/**
 * A file's bytes, or undefined when there is no such file; a folder, a device
 * or pipe, an unreadable file and one over the size limit are refused, each
 * with its own message. Sources and their sidecars are read through this.
 */
export async function readFileChecked(path: string, role: FileRole): Promise<Result<Uint8Array | undefined>> {
  const refuse = refuser(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return refuse("source-is-directory", `this is a folder, not ${EXPECTED[role]}`);
    // a FIFO or a device such as /dev/zero would never end or never answer
    if (!info.isFile()) return refuse("source-not-a-file", `this is not a regular file (a device, pipe or socket) but should be ${EXPECTED[role]}; save it to a file first`);
    if (info.size > MAX_SOURCE_BYTES) {
      return refuse("source-too-large", `the file is ${(info.size / 1048576).toFixed(1)} MB; vitae reads files of at most ${MAX_SOURCE_BYTES / 1048576} MB`);
    }
    return succeed(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return succeed(undefined);
    if (code === "EACCES" || code === "EPERM") return refuse("source-unreadable", "the file cannot be read: permission denied; check its permissions");
    return refuse("source-unreadable", `the file cannot be read (${code ?? (e as Error).message}); check the disk and the path`);
  }
}

/** Refusals concern the whole file, so they carry no line and column. */
function refuser(path: string): <T>(ruleId: string, message: string) => Result<T> {
  return (ruleId, message) => fail([{ file: path, severity: "error", ruleId, message } satisfies Diagnostic]);
}

/** Turns raw bytes into a SourceFile; separate from reading so it is testable without a disk. */
export function decodeSource(path: string, bytes: Uint8Array, from?: FormatOverride): Result<SourceFile> {
  const decoded = decodeText(path, bytes);
  if (!decoded.ok) return fail(decoded.diagnostics);
  const text = decoded.value;
  if (text.trim() === "") return refuser(path)("source-empty", "the file is empty; write your CV in it (`vitae init` starts one)");
  const { format, reason } = detectFormat(path, text, from);
  return succeed({ path, text, format, formatReason: reason });
}

/** UTF-8 text with its BOM dropped and line ends made "\n"; binary data and other encodings are refused. */
export function decodeText(path: string, bytes: Uint8Array): Result<string> {
  const refuse = refuser(path);
  if (bytes.includes(0)) return refuse("source-binary", "the file holds binary data (NUL bytes); export your CV as Markdown or plain text first");
  try {
    return succeed(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  } catch {
    return refuse("source-not-utf8", "the file is not valid UTF-8; re-save it as UTF-8 (most editors offer this under \"Save with encoding\")");
  }
}

import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { importModule } from "../../import-module.js";
import { PACKAGE_ROOT } from "../../paths.js";

export type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loading: Promise<Pdfjs> | undefined;

/**
 * pdf.js's legacy build (the one for Node), loaded on first use: it is an ES
 * module of a few megabytes that only PDF sources need, so it stays outside
 * the CLI's bundle. Its worker runs in this thread: handing its module to
 * `globalThis.pdfjsWorker` keeps pdf.js from looking for a worker file.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const resolve = createRequire(join(PACKAGE_ROOT, "package.json")).resolve;
    const url = (file: string) => pathToFileURL(resolve(`pdfjs-dist/legacy/build/${file}`)).href;
    const worker = await importModule(url("pdf.worker.mjs"));
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await importModule(url("pdf.mjs"))) as Pdfjs;
  })();
  return loading;
}

import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { fail, succeed, type Result } from "../../diagnostics/result.js";
import type { SourceFile } from "../source-file.js";
import { inspectDocx, UnsafeDocxError } from "./inspect-docx.js";
import { unwrapLayoutTables } from "./layout-tables.js";

/** Word's Title style, which CV templates set the name in: mammoth knows only the Heading styles. */
const TITLE_STYLES = ["p[style-name='Title'] => h1:fresh", "p.Title => h1:fresh"];

/**
 * A Word document as a source: mammoth turns it into semantic HTML (headings,
 * lists, bold, links, tables), which becomes a Markdown source made of that
 * HTML, one block a line, so it takes the same path to the extractor as HTML
 * written in a Markdown CV. Layout tables are read cell by cell first; what
 * vitae keeps in a document it wrote (see write-docx.ts) is its front matter.
 */
export async function readDocxSource(path: string, bytes: Uint8Array): Promise<Result<SourceFile>> {
  const refuse = (ruleId: string, message: string) => fail<SourceFile>([{ file: path, severity: "error", ruleId, message } satisfies Diagnostic]);
  let inspected;
  try {
    inspected = await inspectDocx(bytes);
  } catch (e) {
    if (e instanceof UnsafeDocxError) return refuse(e.ruleId, e.message);
    throw e;
  }
  const mammoth = (await import("mammoth")).default;
  let html: string;
  try {
    const converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: TITLE_STYLES, transformDocument: unwrapLayoutTables, ignoreEmptyParagraphs: true, externalFileAccess: false });
    html = converted.value;
  } catch (e) {
    return refuse("docx-broken", `this Word document cannot be read (${(e as Error).message.split("\n")[0]}); save it again from Word as .docx`);
  }
  const blocks = await htmlBlocks(html);
  if (!blocks.length) return refuse("docx-empty", "the Word document holds no text; write your CV in it, or read the file it was meant to be");
  const front = inspected.frontMatter ? `---\n${inspected.frontMatter}---\n\n` : "";
  return succeed({ path, text: `${front}${blocks.join("\n")}\n`, format: "markdown", formatReason: "a Word document, read through mammoth's HTML" });
}

/**
 * The HTML's top-level elements, one a line, so that a diagnostic's line is
 * the document's block. A tab between two phrases (a date at a tab stop, a
 * space beside it or not) would be collapsed as HTML whitespace: it parts them as " | " does in the
 * Markdown vitae writes, which the parser reads as an entry's separate phrases.
 */
async function htmlBlocks(html: string): Promise<string[]> {
  const { parseFragment, serializeOuter } = await import("parse5");
  return parseFragment(html)
    .childNodes.map((node) => ("tagName" in node ? serializeOuter(node) : "value" in node ? (node as { value: string }).value.trim() : ""))
    .map((block) => block.replace(/\n/g, " ").replace(/(?<=[^\s>]|<\/[a-z]+>) *\t+ *(?=[^\s<]|<(?!\/))/g, " | ").replace(/\t/g, " "))
    .filter(Boolean);
}

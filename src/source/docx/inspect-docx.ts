import JSZip from "jszip";

/** Why a Word file is refused, as the user can act on it. */
export class UnsafeDocxError extends Error {
  constructor(
    readonly ruleId: "docx-broken" | "docx-too-large" | "docx-macros" | "docx-external",
    message: string,
  ) {
    super(message);
  }
}

/** What a .docx may unpack to: a CV is well under a megabyte of XML; a zip bomb claims gigabytes. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
/** Relationships that make Word fetch content from elsewhere when the file opens (template injection, linked objects). */
const EXTERNAL_CONTENT = /Type="[^"]*\/(?:attachedTemplate|oleObject|subDocument|frame|image|package)"[^>]*TargetMode="External"|TargetMode="External"[^>]*Type="[^"]*\/(?:attachedTemplate|oleObject|subDocument|frame|image|package)"/;

/** The name of the custom document property where vitae keeps what a Word document has no place for (see docx/write-docx.ts). */
export const FRONT_MATTER_PROPERTY = "vitae-front-matter";

/**
 * Opens a .docx's zip and checks it before any converter reads it: its
 * declared sizes (a zip bomb is refused before it is inflated), macros, and
 * content linked from outside the file; returns the front matter vitae left
 * in its custom properties, if any. Hyperlinks are fine: they are the CV's links.
 */
export async function inspectDocx(bytes: Uint8Array): Promise<{ frontMatter?: string }> {
  try {
    return await inspectZip(await JSZip.loadAsync(bytes, { checkCRC32: false }));
  } catch (e) {
    if (e instanceof UnsafeDocxError) throw e;
    // a damaged zip fails as it loads, or only as one of its parts is inflated
    throw new UnsafeDocxError("docx-broken", `this is not a Word document vitae can read: the file is not a valid .docx zip (${(e as Error).message.split("\n")[0]}); save it again from Word as .docx`);
  }
}

async function inspectZip(zip: JSZip): Promise<{ frontMatter?: string }> {
  const files = Object.values(zip.files);
  const unpacked = files.reduce((n, f) => n + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new UnsafeDocxError("docx-too-large", `the document unpacks to ${(unpacked / 1048576).toFixed(0)} MB, more than any CV (a zip bomb?); vitae reads Word files of at most ${MAX_UNPACKED_BYTES / 1048576} MB unpacked`);
  }
  if (!zip.file("word/document.xml")) throw new UnsafeDocxError("docx-broken", "this is not a Word document: the .docx holds no word/document.xml; save it again from Word as .docx");
  if (files.some((f) => /vbaProject\.bin$|\/activeX\//i.test(f.name))) {
    throw new UnsafeDocxError("docx-macros", "the document holds macros or ActiveX controls, which vitae does not open; save a copy as a plain .docx (File → Save As → Word Document) and read that");
  }
  for (const rels of files.filter((f) => f.name.endsWith(".rels"))) {
    if (EXTERNAL_CONTENT.test(await rels.async("string"))) {
      throw new UnsafeDocxError("docx-external", "the document pulls content from outside the file (a linked template, image or object), which vitae does not fetch; embed it or remove it, save, and read that copy");
    }
  }
  const custom = await zip.file("docProps/custom.xml")?.async("string");
  const property = custom && new RegExp(`name="${FRONT_MATTER_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([\\s\\S]*?)</vt:lpwstr>`).exec(custom)?.[1];
  return property ? { frontMatter: decodeXml(property) } : {};
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
    e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : e === "amp" ? "&" : String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

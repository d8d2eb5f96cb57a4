import { extname } from "node:path";
import { isContactOnly } from "../parse/icon-contact.js";
import { ATX_HEADING, FRONT_MATTER, INLINE_LINK, STRONG_EMPHASIS, holdsNoMarkdown } from "./markdown-signs.js";
import type { SourceFormat } from "./source-file.js";

export type FormatOverride = "markdown" | "text";

/** An org-mode setting line, "#+TITLE: CV", "#+options: toc:nil": no Markdown document starts a line so. */
const ORG_SETTING = /^#\+\w+:/;

/**
 * Picks the parser for a source: the user's override, else the extension, else
 * the content (a `.txt` full of `#` headings and `**bold**` is Markdown).
 */
export function detectFormat(path: string, text: string, override?: FormatOverride): { format: SourceFormat; reason: string } {
  if (override) return { format: override, reason: `--from ${override}` };
  const ext = extname(path).toLowerCase();
  if (ext === ".json") return { format: "json", reason: "extension .json" };
  if (ext === ".yaml" || ext === ".yml") return { format: "yaml", reason: `extension ${ext}` };
  // ".mdx": Markdown with JSX components, as Astro, Next and Gatsby sites keep their pages
  if (ext === ".md" || ext === ".markdown") {
    if (holdsNoMarkdown(text)) return { format: "text", reason: `extension ${ext}, but no Markdown syntax in the content` };
    return { format: "markdown", reason: `extension ${ext}` };
  }
  if (ext === ".mdx") return { format: "markdown", reason: `extension ${ext}` };
  // a personal site's CV page kept as HTML: Markdown holds HTML blocks, and the sanitizer reads their headings, lists and
  // paragraphs and drops the head, scripts and styles; read as plain text, every tag would be a word of the CV
  if (ext === ".html" || ext === ".htm") return { format: "markdown", reason: `extension ${ext}, read as Markdown's HTML` };
  const lines = text.split("\n");
  // org-mode's "# a comment" reads as an ATX heading; a text with org settings ("#+TITLE:") is org, whose comments they are
  const orgSettings = lines.some((l) => ORG_SETTING.test(l));
  // "# hello@example.dev": the glyph pdftotext writes for moderncv's envelope icon, before the address, is no heading
  const headingLines = orgSettings ? 0 : lines.filter((l) => ATX_HEADING.test(l) && !isContactOnly(l.replace(/^#+/, ""))).length;
  const inlineLines = lines.filter((l) => STRONG_EMPHASIS.test(l) || INLINE_LINK.test(l)).length;
  const frontMatter = text.startsWith("---\n") && FRONT_MATTER.test(text);
  if (frontMatter || headingLines >= 2 || (headingLines >= 1 && inlineLines >= 2)) {
    return {
      format: "markdown",
      reason: `content: ${headingLines} "#" heading(s), ${inlineLines} line(s) with **bold** or [links]${frontMatter ? ", front matter" : ""}`,
    };
  }
  return { format: "text", reason: ext ? `extension ${ext}, no Markdown structure in the content` : "no Markdown structure in the content" };
}

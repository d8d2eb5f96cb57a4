import { ExternalHyperlink, TextRun, type ParagraphChild } from "docx";
import type { PhrasingContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/** Only these schemes become live links; anything else is written as its text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/**
 * The runs of a string that may hold light inline Markdown (**bold**, *em*,
 * `code`, [text](url)), as Word sets them: bold and italic runs, live
 * hyperlinks; a line break in the text is a line break in the paragraph.
 */
export function inlineRuns(source: string, style: RunStyle = {}): ParagraphChild[] {
  if (!/[*_`[\]<\\]/.test(source)) return plainRuns(source, style);
  const tree = fromMarkdown(source);
  const phrasing = tree.children.flatMap((block, i) => [...(i > 0 ? [{ type: "break" } as PhrasingContent] : []), ...("children" in block ? (block.children as PhrasingContent[]) : [])]);
  return phrasing.flatMap((node) => runsOf(node, style));
}

/** A link's text set as a live hyperlink in Word's Hyperlink style. */
export function linkRun(text: string, url: string, style: RunStyle = {}): ParagraphChild {
  return new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: "Hyperlink", ...style })] });
}

function runsOf(node: PhrasingContent, style: RunStyle): ParagraphChild[] {
  switch (node.type) {
    case "text":
      return plainRuns(node.value, style);
    case "inlineCode":
      return [new TextRun({ text: node.value, font: "Consolas", ...style })];
    case "strong":
      return node.children.flatMap((c) => runsOf(c, { ...style, bold: true }));
    case "emphasis":
      return node.children.flatMap((c) => runsOf(c, { ...style, italics: true }));
    case "break":
      return [new TextRun({ text: "", break: 1 })];
    case "link": {
      const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
      return SAFE_LINK.test(node.url) ? [linkRun(text, node.url, style)] : plainRuns(text, style);
    }
    default:
      return "children" in node ? (node.children as PhrasingContent[]).flatMap((c) => runsOf(c, style)) : "value" in node ? plainRuns(String(node.value), style) : [];
  }
}

function plainRuns(text: string, style: RunStyle): ParagraphChild[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, ...style, ...(i > 0 ? { break: 1 } : {}) }));
}

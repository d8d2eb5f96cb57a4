import type { Link } from "./source-line.js";

/** What a plain-text line says once its lightweight markup is read. */
export interface InlineText {
  text: string;
  /** The emphasised words the line starts with (`*Title* -- Org`, `**Org**`), which mark an entry. */
  lead?: string;
  links: Link[];
  /** The phrases org-mode sets in italics (`/Title/`), in the order they come: a citation's title is often one. */
  italics?: string[];
}

/** A character every markup this module reads contains. */
const MARKUP_CHAR = /[`[*_:|#\\]/;

/** Named hyperlink targets (`.. _Name: url`) a reStructuredText document defines, by lower-cased name. */
export type LinkTargets = Map<string, string>;

/** Reads the `.. _Name: url` targets of a reStructuredText document. */
export function readLinkTargets(text: string): LinkTargets {
  const targets: LinkTargets = new Map();
  for (const m of text.matchAll(/^\.\. _(?:`([^`]+)`|([^:]+)):\s+(\S+)\s*$/gm)) targets.set((m[1] ?? m[2]!).trim().toLowerCase(), m[3]!);
  return targets;
}

/**
 * "| Langages        | Python, Django   |": a grid table's row (reStructuredText's, an ASCII table's), framed by bars,
 * without the frame, which a line block's leading bar would leave half of. Two cells, the first no figure, are a label
 * and its value, as a field list's are ("Langages: Python, Django"); more are cells set apart by " | ".
 */
function framedCells(source: string): string {
  const framed = /^\s*\|(.+\S\s+\|\s+\S.+)\|\s*$/.exec(source);
  if (!framed) return source;
  // ("|   |  Name | Ada |": an org table's first column, blank on its rows, holds only the marks that lay it out)
  const cells = framed[1]!.split(/\s+\|\s+/).map((c) => c.trim()).filter((c, k) => k > 0 || c !== "");
  return cells.length === 2 && !/\d/.test(cells[0]!) ? `${cells[0]}: ${cells[1]}` : cells.join(" | ");
}

/**
 * Reads the markup of one plain-text line: reStructuredText field lists
 * (`:Label: value` → "Label: value") and org keywords (`#+EMAIL: a@b.c` →
 * "Email: a@b.c"), line blocks (`| text`), links
 * (`` `text <url>`_ ``, references `Name_` and `` `Two words`_ ``), org and
 * AsciiDoc links (`[[url][text]]`, `url[text]`) and emphasis (`**bold**`,
 * `*bold*`), keeping the words and collecting the links.
 */
export function readInline(source: string, targets: LinkTargets, rst: boolean, org = false): InlineText {
  // most lines carry no markup, and a long CV has tens of thousands of them
  if (!MARKUP_CHAR.test(source) && !(org && source.includes("/"))) return { text: source, links: [] };
  const links: Link[] = [];
  let text = framedCells(source)
    .replace(/^\|\s+/, "")
    // the forced line break that ends a line of org-mode or LaTeX ("Dean's List (2010) \\") is markup, not words
    .replace(/\s+\\\\$/, "")
    .replace(/^:([^:\s][^:]*):(?:\s+|$)/, (_, label: string) => `${label}: `)
    .replace(/^#\+(\w)(\w*):\s*/, (_, first: string, rest: string) => `${first.toUpperCase()}${rest.toLowerCase()}: `);
  const link = (words: string, url: string) => {
    links.push({ text: words, url });
    return words;
  };
  if (rst) text = withoutRstEscapes(text);
  text = text
    .replace(/`([^`<]+?)\s*<([^>\s]+)>`__?/g, (_, words: string, url: string) => link(words, url))
    .replace(/\[\[([^\]]+)\]\[([^\]]+)\]\]/g, (_, url: string, words: string) => link(words, url))
    .replace(/\b((?:https?|mailto):[^\s[\]]+)\[([^\]]+)\]/g, (_, url: string, words: string) => link(words, url));
  if (rst) {
    text = text.replace(/`([^`]+)`__?(?![\w])/g, (_, words: string) => withTarget(words, targets, link));
    text = text.replace(/(?<![\w`/])(\w[\w.+-]*\w|\w)__?(?![\w/])/gu, (_, words: string) => withTarget(words, targets, link));
  }
  const italics: string[] = [];
  // org's "/italic/" between spaces or punctuation ("and/or", a path or an address has a letter before its slash)
  if (org) text = text.replace(ORG_ITALIC, (_, before: string, words: string) => (italics.push(words), `${before}${words}`));
  // "WAYMO _Senior Data Scientist_ JUNE 2018 TO JUNE 2019": pandoc's plain text (and AsciiDoc) sets italics between
  // underscores, as Markdown does; a name_with_underscores has a letter on each side of them
  if (text.includes("_")) text = text.replace(UNDERSCORE_ITALIC, (_, before: string, words: string) => (italics.push(words), `${before}${words}`));
  // reStructuredText's "*B.S., Computer Science*" is italics, as Markdown's is, under "| **Alma College**, Alma, MI":
  // a line of the entry set in bold above it, which it does not open again; "**bold**" leads
  if (rst && text.includes("*")) text = text.replace(STAR_ITALIC, (_, before: string, words: string) => (italics.push(words), `${before}${words}`));
  const { text: plain, lead } = readEmphasis(text.trim());
  return { text: plain, links, ...(lead && { lead }), ...(italics.length && { italics }) };
}

/**
 * "@\ `jdoe <…>`__", "mr\_ino", "PHP\ :sup:`†`": reStructuredText's escapes and inline roles are markup. An escaped
 * space joins what it stands between, an escaped mark is the mark, and a role is its text, unless that text is only a
 * sign (a dagger or a star keying a note), which says nothing of its own.
 */
function withoutRstEscapes(text: string): string {
  return text
    .replace(/\\ /g, "")
    .replace(/\\([_*`|\\])/g, "$1")
    .replace(/\s*:[a-z][\w-]*:`([^`]*)`/g, (_, words: string) => (/[\p{L}\p{N}]/u.test(words) ? ` ${words}` : ""));
}

const UNDERSCORE_ITALIC = /(^|[\s(“"'[])_([^\s_](?:[^_]*?[^\s_])?)_(?=[\s,.;:)”"'\]]|$)/gu;
const STAR_ITALIC = /(^|[\s(“"'[])\*([^\s*](?:[^*]*?[^\s*])?)\*(?=[\s,.;:)”"'\]]|$)/gu;
const ORG_ITALIC = /(^|[\s(“"'])\/([^\s/](?:[^/]*?[^\s/])?)\/(?=[\s,.;:)”"']|$)/gu;

function withTarget(words: string, targets: LinkTargets, link: (words: string, url: string) => string): string {
  const url = targets.get(words.toLowerCase());
  return url ? link(words, url) : words;
}

/**
 * Emphasis markers dropped: `**bold**` and org's `*bold*`. A line that opens
 * with emphasis leads with those words; one wrapped whole in stars (a plain
 * text's `** Title; Org; Dates **`) leads with all of it.
 */
function readEmphasis(text: string): { text: string; lead?: string } {
  const whole = /^\*{1,2}\s*([^*]+?)\s*\*{1,2}$/.exec(text);
  if (whole) return { text: whole[1]!, lead: whole[1]! };
  const first = /^(\*{1,2})(\S(?:[^*]*\S)?)\1(?=[\s,.;:–—-]|$)/.exec(text);
  const plain = text.replace(/(^|[\s(])(\*{1,2})(\S(?:[^*]*?\S)?)\2(?=[\s,.;:)–—-]|$)/g, "$1$3");
  return first ? { text: plain, lead: first[2]! } : { text: plain };
}

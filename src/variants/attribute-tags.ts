/**
 * Tags written after a heading or an entry's first line, in the attribute
 * syntax of Pandoc and kramdown: `## Publications {.academic}`,
 * `**Acme Corp** {.industry .private}`.
 */
const ATTRIBUTES = /\s*\{((?:\s*\.[\p{L}\p{N}_-]+)+)\s*\}\s*$/u;

/** Splits trailing `{.tag …}` from a line: the text without it and the tags it named. */
export function splitAttributeTags(line: string): { text: string; tags: string[] } {
  const match = ATTRIBUTES.exec(line);
  if (!match) return { text: line, tags: [] };
  const tags = match[1]!.trim().split(/\s+/).map((t) => t.slice(1).toLowerCase());
  return { text: line.slice(0, match.index), tags: [...new Set(tags)] };
}

/** A source with its attribute tags removed, and the tags of each line that had some (1-based). */
export interface TaggedSource {
  text: string;
  lines: Map<number, LineTags>;
}

/** The tags of one line, and the line's words without markup, to find the section it titles. */
export interface LineTags {
  tags: string[];
  title: string;
}

/**
 * Removes attribute tags from every line of a CV source so that the parser sees
 * plain headings, keeping where they were. Lines keep their numbers and their
 * text before the tags keeps its columns, so every diagnostic stays in place.
 */
export function stripAttributeTags(text: string): TaggedSource {
  const lines = new Map<number, LineTags>();
  let fenced = false;
  const stripped = text.split("\n").map((line, i) => {
    // a code block may show the syntax itself
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return line;
    const { text: rest, tags } = splitAttributeTags(line);
    if (!tags.length) return line;
    lines.set(i + 1, { tags, title: rest.replace(/^\s*#{1,6}\s+/, "").replace(/[*_`]/g, "").trim() });
    return rest;
  });
  return { text: stripped.join("\n"), lines };
}

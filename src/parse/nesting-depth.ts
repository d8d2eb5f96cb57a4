/**
 * Quotes and lists nest a level per `>` or list marker at a line's start, and per two columns of indentation. Real
 * CVs nest a handful of levels; a few thousand (`>>>>…` or `- - - …`, a few kilobytes) overflow the stack of the
 * syntax-tree walkers, remark's own included. A source deeper than this is read as plain text.
 */
export const MAX_NESTING = 1000;

const CONTAINER_MARKS = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;

/** The first line whose quotes and lists may nest deeper than MAX_NESTING, with its estimated depth. */
export function findTooDeepNesting(text: string): { line: number; depth: number } | undefined {
  let line = 0;
  for (const row of text.split("\n")) {
    line++;
    const marks = CONTAINER_MARKS.exec(row)?.[0];
    // "- - - - …" alone is a thematic break, however long, no list
    if (!marks || /^[\s*+-]+$/.test(row)) continue;
    const indent = /^[ \t]*/.exec(row)![0].replace(/\t/g, "    ").length;
    const depth = Math.floor(indent / 2) + (marks.match(/>|[-*+]|\d[.)]/g)?.length ?? 0);
    if (depth > MAX_NESTING) return { line, depth };
  }
  return undefined;
}

import languages from "../extract/vocabulary/fence-languages.json" with { type: "json" };

const CV_TEXT = new Set(languages.cvText);

/**
 * "```mermaid" over a Gantt chart of the career, "```python" over `def rating: return 4.5/5` under Skills, "```rust"
 * over a joke `impl Researcher for Me`: a fence labelled with a programming or diagram language holds code, whose lines
 * are no entries of the CV, however much they look like them; a plain or data fence may hold the CV's own text.
 */
export function holdsProgramCode(lang: string | null | undefined): boolean {
  return !CV_TEXT.has((lang ?? "").trim().toLowerCase());
}

/** A code fence's opening line: its run of backticks or tildes (a backtick fence's info string holds none). */
const FENCE_OPENING = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;

/** The run of backticks or tildes that opens a code fence on this line, if one does. */
export function fenceOpening(line: string): string | undefined {
  return FENCE_OPENING.exec(line)?.[1];
}

/** A fence is closed by a run of its own character at least as long as the one that opened it, with nothing after. */
export function closesFence(line: string, opening: string): boolean {
  const run = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
  return run !== undefined && run[0] === opening[0] && run.length >= opening.length;
}

/** For each line, whether it is a code fence's line or inside one (a "```" line inside a "~~~" fence is code, not a fence). */
export function linesInFences(lines: readonly string[]): boolean[] {
  let open: string | undefined;
  return lines.map((line) => {
    if (open === undefined) return (open = fenceOpening(line)) !== undefined;
    if (closesFence(line, open)) open = undefined;
    return true;
  });
}

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

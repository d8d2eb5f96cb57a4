import type { SourceLine } from "../parse/source-line.js";
import { addCatchAll } from "./custom.js";
import type { Draft } from "./draft.js";

/**
 * "### Journal articles" over its papers: each paper placed since the `from`-th takes the last of the section's group
 * headings above it as its group, as written; papers above the first heading have none. A heading that no paper came
 * under (its items read as no paper) keeps its words in the section's catch-all.
 */
export function groupPapers(draft: Draft, from: number, headings: ReadonlySet<SourceLine>, title: string): void {
  const papers = draft.resume.publications ?? [];
  const byLine = [...headings].sort((a, b) => a.position.line - b.position.line);
  const used = new Set<SourceLine>();
  for (let i = from; i < papers.length; i++) {
    const line = draft.origins.get(`/publications/${i}`)?.line ?? 0;
    const heading = byLine.filter((h) => h.position.line < line).at(-1);
    if (!heading) continue;
    papers[i]!.group = heading.text.trim();
    used.add(heading);
  }
  addCatchAll(draft, byLine.filter((h) => !used.has(h)), `${title} (more)`);
}

/** Papers placed since the `from`-th, of a publications section listed after another ("Workshop Papers" under "PUBLICATIONS"), grouped under its title. */
export function groupUnderTitle(draft: Draft, from: number, title: string): void {
  for (const paper of (draft.resume.publications ?? []).slice(from)) paper.group ??= title;
}

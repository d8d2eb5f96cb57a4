import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle } from "../parse/section-titles.js";
import { addCatchAll } from "./custom.js";
import { note, type Draft } from "./draft.js";
import { STATUS } from "./split-citation.js";

/** "Journal articles", "Refereed Proceedings", "In review": a heading that names a kind of paper, or the state of those under it. */
function namesKindOfPaper(text: string): boolean {
  const words = text.trim().replace(/[:：]$/u, "");
  const kind = classifyTitle(words);
  return kind === "publications" || kind === "patents" || STATUS.exec(words)?.[0].length === words.length;
}

/**
 * The sub-headings that group a section's papers ("### Journal articles" over numbered citations): one that names a kind
 * of paper only titles its group, as the section's own heading titles the section, and is noted as read; any other
 * ("### 2019", "### With students") may say something of its papers, and is kept in the section's catch-all.
 */
export function placePaperGroups(draft: Draft, groups: readonly SourceLine[], title: string): void {
  const titling = groups.filter((l) => namesKindOfPaper(l.text));
  for (const line of titling) note(draft, "info", "publication-group", `read "${line.text.trim()}" as the title of the group of papers under it, no paper of its own`, line.position);
  addCatchAll(draft, groups.filter((l) => !titling.includes(l)), `${title} (more)`);
}

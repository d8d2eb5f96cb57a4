import type { Position } from "../diagnostics/diagnostic.js";
import type { Resume } from "../resume/schema.js";
import type { SourceFile } from "../source/source-file.js";
import { applySourceTags, readFrontMatterTags } from "./apply-source-tags.js";
import { stripAttributeTags } from "./attribute-tags.js";

/** A source ready for the parser, and how to put its tags on the résumé the parser makes of it. */
export interface SourceTags {
  source: SourceFile;
  apply: (resume: Resume, origins: ReadonlyMap<string, Position>) => Resume;
}

/**
 * Takes the variant tags out of a Markdown or text source (`{.tag}` after a
 * heading or an entry's first line, `tags:` in front matter) so the parser reads
 * plain headings, and gives them back once it has made the résumé.
 */
export function readSourceTags(source: SourceFile): SourceTags {
  const stripped = stripAttributeTags(source.text);
  const named = readFrontMatterTags(source.text);
  if (!stripped.lines.size && !named.size) return { source, apply: (resume) => resume };
  return {
    source: { ...source, text: stripped.text },
    apply: (resume, origins) => applySourceTags(resume, origins, stripped.lines, named),
  };
}

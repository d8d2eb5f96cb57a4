import type { Position } from "../diagnostics/diagnostic.js";
import type { SourceLine } from "../parse/source-line.js";
import type { Project } from "../resume/schema.js";
import { sentenceAround } from "./sentences.js";

/** "creator of the open-source fast-io library": a project named by its code name in prose. */
const CREATED = /\b(?:creator|author|maintainer|founder|lead developer)\s+of\s+(?:the\s+)?open[- ]source\s+([\p{Ll}\d][\p{Ll}\d._-]*[\p{Ll}\d])\s/giu;

const OPEN_SOURCE = /open[- ]source/i;

/** Finds projects a CV names only in prose, once each, when it has no Projects section. */
export function findNamedProjects(lines: readonly SourceLine[]): Array<{ project: Project; position: Position }> {
  const seen = new Set<string>();
  const out: Array<{ project: Project; position: Position }> = [];
  for (const l of lines) {
    // a plain test first: the Unicode, case-blind pattern is slow to run over every line of a long CV
    if (!OPEN_SOURCE.test(l.text)) continue;
    for (const m of l.text.matchAll(CREATED)) {
      const name = m[1]!;
      if (seen.has(name.toLowerCase()) || !/[-_.\d]/.test(name)) continue;
      seen.add(name.toLowerCase());
      out.push({ project: { name, description: sentenceAround(l.text, m.index) }, position: l.position });
    }
  }
  return out;
}

/** Header phrases that together make one job title: several roles on a line, and no employer among them. */
import { roleLean } from "../evidence/phrase-evidence.js";
import { lineOf, type HeadPhrase } from "./head-phrases.js";
import type { Entry } from "./lines.js";


/**
 * "Responsable sécurité - Ingénieur infrastructure": two or more phrases of one header line, each weighing
 * as a job title by its own words and none as an organisation or a place, are one title held at once; the employer,
 * if any, is named elsewhere (on the line under the header).
 */
export function rolesAlone(candidates: readonly HeadPhrase[]): boolean {
  return candidates.length > 1 && new Set(candidates.map(lineOf)).size === 1 && candidates.every((p) => roleLean(p.evidence) > 0.3 && p.evidence.org <= 0 && p.evidence.place === 0);
}

/** The text of a header line from its first phrase to its last, the separators between them as written. */
export function spanOf(phrases: readonly HeadPhrase[], entry: Entry): string {
  const [first, last] = [phrases[0]!.text, phrases.at(-1)!.text];
  const line = entry.head.find((l) => l.text.includes(first) && l.text.includes(last, l.text.indexOf(first) + first.length));
  if (!line) return phrases.map((p) => p.text).join(" - ");
  const at = line.text.indexOf(first);
  return line.text.slice(at, line.text.indexOf(last, at + first.length) + last.length);
}

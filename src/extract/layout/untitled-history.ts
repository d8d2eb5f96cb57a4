import type { SourceLine } from "../../parse/source-line.js";
import { namesDegree } from "../degrees.js";
import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { namesSchoolOrCompany } from "../vocabulary.js";
import { hasDate, type Entry } from "./lines.js";
import { splitEntries } from "./split-entries.js";

/** How many of the entries must be dated studies or jobs for the lines to read as a history. */
const MOST = 0.6;

/**
 * A personal site's "About" or "Lebenslauf" page may list its studies and jobs with no heading over them
 * ("2019-2025" ⏎ "**B.Sc. Informatik**" ⏎ "Universität Bonn", "**WitSoft** · Ingénieur logiciel · *sept. 2015 —
 * nov. 2019*"): untitled lines that split into two or more entries, most of them dated and headed by a degree, a
 * school, a company or a job title, are that history. Returns its lines from its first entry on, or none.
 */
export function untitledHistory(lines: readonly SourceLine[]): SourceLine[] {
  const { entries } = splitEntries(lines);
  const told = entries.filter(isDatedStudyOrJob);
  if (told.length < 2 || told.length < entries.length * MOST) return [];
  const first = lines.indexOf(entries[0]!.head[0]!);
  return first < 0 ? [] : lines.slice(first);
}

/** An entry whose head carries a date and names a degree, a school, a company or a job title. */
function isDatedStudyOrJob(entry: Entry): boolean {
  if (!entry.head.some(hasDate)) return false;
  return entry.head.some((l) => namesDegree(l.text) || namesSchoolOrCompany(l.text) || leadsWithRole(l.text));
}

/** "Ingénieur logiciel · CDI", "Software Engineer at Acme": a line with a phrase, between its separators, that reads as a job title. */
function leadsWithRole(text: string): boolean {
  return text.split(/\s*[,|·—–]\s*|\s+(?:at|@)\s+/).some((phrase) => phrase.length > 0 && roleLean(weighPhrase(phrase)) > 0.3);
}

import { findDates } from "../extract/dates.js";
import { weighPhrase } from "../extract/evidence/phrase-evidence.js";
import { isTitleLike } from "../extract/layout/lines.js";
import type { SourceLine } from "../parse/source-line.js";
import { clip } from "./entry-doubts.js";
import type { Doubt, ExplainedLine } from "./explanation.js";
import type { Placed } from "./placed-entries.js";

/**
 * The phrase a line of text opens with, when it is set apart: a span set in
 * bold or italics ("*Investigador*. Como miembro…") or the words before the
 * first ". ", ": ", " | " or dash ("Lead Engineer: built …").
 */
function leadPhrase(line: SourceLine): { lead: string; emphasised: boolean } | undefined {
  const first = line.spans?.[0];
  if (first && (first.strong || first.emphasis) && first.text.trim()) return { lead: first.text.trim(), emphasised: true };
  const cut = /\.\s|:\s|\s[|–—]\s/.exec(line.text);
  return cut ? { lead: line.text.slice(0, cut.index).trim(), emphasised: false } : undefined;
}

/**
 * A job with no title, one of whose lines of text opens with words that weigh
 * as one ("*Técnico en el Área de Producción Industrial*. Visión por…"): the
 * title was written as the lead-in of the description, and read as its text.
 */
export function roleInBody(section: string, entry: Record<string, unknown>, line: SourceLine): Doubt | undefined {
  if ((section !== "work" && section !== "volunteer") || entry.position) return undefined;
  const { lead, emphasised } = leadPhrase(line) ?? { lead: "", emphasised: false };
  // set apart by emphasis, a phrase with a role's word anywhere in it is enough; set apart by punctuation only, it must end on one
  if (!lead || lead.length > 60 || !isTitleLike(lead) || weighPhrase(lead).role < (emphasised ? 0.55 : 0.9)) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `"${clip(lead)}" opens this line and is worded as a job title, yet the job above has none: it was read as the job's text`,
    fix: `write the role on the job's first line ("**Organisation** | ${clip(lead)} | dates")`,
  };
}

/** The parts of a job title that names several ("Software Developer → Junior Software Developer", "Engineer / Developer"). */
const titleParts = (position: string) => position.split(/\s*(?:→|->|»)\s*|\s+[/|]\s+/).filter((p) => p.trim());

/**
 * A job whose title names several roles and one of whose lines gives a span
 * that is not the job's ("Dec 2017 – May 2018 (Junior): …"): the roles may be
 * jobs of their own, each with its dates, that were read as one.
 */
export function rolesInOne(section: string, entry: Record<string, unknown>, entryLines: readonly string[]): Doubt | undefined {
  const position = entry.position;
  if ((section !== "work" && section !== "volunteer") || typeof position !== "string") return undefined;
  const roles = titleParts(position);
  if (roles.length < 2 || !roles.every(isTitleLike) || !roles.some((r) => weighPhrase(r).role >= 0.9)) return undefined;
  const own = typeof entry.startDate === "string" ? entry.startDate : undefined;
  const other = entryLines.flatMap((t) => findDates(t)).find((d) => d.range && d.start !== undefined && d.start !== own);
  if (!other) return undefined;
  return {
    ruleId: "weak-evidence",
    message: `the job's title "${clip(position)}" names ${roles.length} roles, and its text gives a span of its own ("${clip(other.period)}"): they may be ${roles.length} jobs read as one`,
    fix: `give each role an entry of its own, with its dates on the role's line`,
  };
}

/** A doubt about an entry and the lines that say it. */
export interface SpreadDoubt {
  doubt: Doubt;
  lines: number[];
}

/**
 * An entry whose lines run on past another entry of its section: the lines
 * after it ("<li>Spring Webflux</li>" below a nested "Spring Cloud" group)
 * were joined back to the entry above the other one. An entry is a run of
 * lines; one that surrounds another was stitched together by the reader.
 * (An entry told twice, in an overview table and again in detail, has a
 * line naming it on both sides: that is one entry read from two places.)
 * Said on the entry's first line and on its lines after the other entry.
 */
export function stitchedPast(entry: Placed, entryLines: readonly ExplainedLine[], otherStarts: readonly number[]): SpreadDoubt | undefined {
  const numbers = entryLines.map((l) => l.line);
  const past = otherStarts.find((n) => n > Math.min(...numbers) && n < Math.max(...numbers) && !numbers.includes(n));
  if (past === undefined || entryLines.some((l) => l.line > past && names(l, entry.path))) return undefined;
  const doubt = {
    ruleId: "weak-evidence",
    message: `this entry's lines run on past another entry of ${entry.section} (line ${past}): the lines after it were joined back to this one`,
    fix: `give the lines after line ${past} a title of their own, or move them above it`,
  };
  return { doubt, lines: [entry.line, ...numbers.filter((n) => n > past)] };
}

/**
 * An entry whose name was read from a line below lines read as its text
 * (hh.ru's "KoksheLab" / "Образовательные учреждения" / "Школа, детский сад"):
 * an entry starts with its name, so the text above may hold the real one.
 * Said on the entry's head lines and on the text above its name.
 */
export function nameBelowText(entry: Placed, entryLines: readonly ExplainedLine[]): SpreadDoubt | undefined {
  const named = entryLines.find((l) => names(l, entry.path));
  // a name read from the text itself ("Organismo: Universidad de Oviedo" among labelled fields) is the text's to give
  if (named?.role !== "entry") return undefined;
  const above = entryLines.filter((l) => l.role === "highlight" && l.line < named.line);
  if (!above.length) return undefined;
  const doubt = {
    ruleId: "weak-evidence",
    message: `the entry's name was read from line ${named.line}, below lines read as its text: the text above may hold its real name`,
    fix: `start the entry with its name, set in bold, above what is said of it`,
  };
  return { doubt, lines: [...above, ...entryLines.filter((l) => l.role === "entry")].map((l) => l.line) };
}

/** The fields that name an entry, by section: an organisation, a school, an award's title, a project's name. */
const KEY_FIELDS = ["name", "organization", "institution", "title"];
const names = (line: ExplainedLine, entryPath: string) => KEY_FIELDS.some((k) => line.paths.includes(`${entryPath}/${k}`));

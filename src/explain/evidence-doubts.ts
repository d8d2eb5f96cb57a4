import { nameBelowText, roleInBody, rolesInOne, stitchedPast } from "./body-doubts.js";
import { datesInBody, degreeAbove, entryDoubt, headInBody, headJoined, schoolInSummary, spanOffRole, unknownSectionDoubt, unreadHeadWords } from "./entry-doubts.js";
import type { Doubt, ExplainedLine, Reading } from "./explanation.js";
import type { Placed } from "./placed-entries.js";
import type { SourceLine } from "../parse/source-line.js";
import { isLevelPhrase } from "../extract/skill-items.js";

/** The doubts the extractor's evidence raises about entries, on the lines of their heads, and about sections it did not know, on all their lines. */
export function evidenceDoubts(reading: Reading, placed: readonly Placed[], lines: readonly ExplainedLine[]): Map<number, Doubt> {
  const out = new Map<number, Doubt>();
  const resume = reading.resume;
  const logical = new Map(reading.parsed.lines.map((l) => [l.position.line, l.text]));
  // the lines of each entry (and each custom section), gathered once: looked up for every entry of a long CV
  const byEntry = new Map<string, ExplainedLine[]>();
  for (const line of lines) {
    const keys = new Set(line.paths.flatMap((p) => [p.split("/").slice(0, 3).join("/"), p.split("/").slice(0, 5).join("/")]));
    for (const key of keys) {
      const bucket = byEntry.get(key);
      if (bucket) bucket.push(line);
      else byEntry.set(key, [line]);
    }
  }
  const of = (path: string) => byEntry.get(path) ?? [];
  const byPath = new Map(placed.map((p) => [p.path, p]));
  let above: Placed | undefined;
  for (const entry of placed) {
    if (entry.path.startsWith("/sections/")) continue;
    const before = above?.section === entry.section ? above : undefined;
    above = entry;
    const head = of(entry.path).find((l) => l.role === "entry") ?? lines[entry.line - 1];
    if (!head) continue;
    // the doubt is the entry's: every line of its head says it, wrapped lines included
    const heads = of(entry.path).filter((l) => l.role === "entry" || (l.role === "continued" && l.label.startsWith(`${head.label.split(" → ")[0]} →`)));
    const said = (l: ExplainedLine) => logical.get(l.line) ?? l.text;
    const doubt =
      entryDoubt(entry.section, entry.value) ??
      levelApart(entry.section, reading.parsed.lines, entry.line) ??
      unreadHeadWords(entry.section, entry.value, said(head)) ??
      spanOffRole(entry.section, entry.value, heads.filter((l) => l.role === "entry").map(said)) ??
      degreeAbove(entry.section, entry.value, before?.value, said(head)) ??
      rolesInOne(entry.section, entry.value, of(entry.path).map(said));
    if (!doubt) continue;
    for (const l of heads.length ? heads : [head]) if (!out.has(l.line)) out.set(l.line, doubt);
  }
  // doubts whose entry was read from lines apart: said on the lines that were joined to it
  for (const entry of placed) {
    const own = of(entry.path);
    const others = placed.filter((p) => p.section === entry.section && p.path !== entry.path).map((p) => p.line);
    const spread = own.length > 1 ? (stitchedPast(entry, own, others) ?? nameBelowText(entry, own)) : undefined;
    for (const n of spread?.lines ?? []) if (!out.has(n)) out.set(n, spread!.doubt);
  }
  for (const line of reading.parsed.lines) {
    const explained = lines[line.position.line - 1];
    const entry = explained?.role === "highlight" && explained.paths[0] !== undefined && byPath.get(explained.paths[0].split("/").slice(0, 3).join("/"));
    const doubt = entry && (headInBody(entry.section, entry.value, line) ?? roleInBody(entry.section, entry.value, line));
    if (doubt && !out.has(explained.line)) out.set(explained.line, doubt);
  }
  // a study read with no dates, a date on a line under its head
  for (const entry of placed) {
    for (const l of of(entry.path)) {
      const doubt = l.line !== entry.line ? datesInBody(entry.section, entry.value, logical.get(l.line) ?? l.text) : undefined;
      if (doubt && !out.has(l.line)) out.set(l.line, doubt);
    }
  }
  for (const line of lines) {
    const said = logical.get(line.line) ?? line.text;
    const doubt = line.role === "continued" && /→ (?:highlight|summary)/.test(line.label) ? headJoined(line.text) : line.role === "summary" ? schoolInSummary(said) : undefined;
    if (doubt && !out.has(line.line)) out.set(line.line, doubt);
  }
  for (const [i] of (resume.sections ?? []).entries()) {
    const doubt = unknownSectionDoubt(resume, i);
    if (!doubt) continue;
    const own = placed.find((p) => p.path.startsWith(`/sections/${i}/`));
    for (const l of [...of(`/sections/${i}`), ...(own ? [lines[own.line - 1]!] : [])]) if (!out.has(l.line)) out.set(l.line, doubt);
  }
  return out;
}

/**
 * "Matlab & Simulink" / "sehr gute Kenntnisse" / "Spyder IDE, Mathematica": a level alone on a line beside a skill's
 * line rates a list that the text (a PDF's columns read one after the other) has set apart from it.
 */
function levelApart(section: string, parsed: readonly SourceLine[], line: number): Doubt | undefined {
  if (section !== "skills") return undefined;
  const at = parsed.findIndex((l) => l.position.line === line);
  const level = [parsed[at - 1], parsed[at + 1]].find((l) => at >= 0 && l !== undefined && isLevelPhrase(l.text));
  return level && { ruleId: "weak-evidence", message: `this skill stands beside "${level.text}", a level written on a line of its own: which skills that level rates, and how they are grouped, was not read`, fix: `write each group with its level on one line: "Group (${level.text}): skill, skill"` };
}

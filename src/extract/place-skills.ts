import type { SourceLine } from "../parse/source-line.js";
import { classifyTitle, type SectionKind } from "../parse/section-titles.js";
import { addCatchAll } from "./custom.js";
import { addEntry, listSection, type Draft } from "./draft.js";
import { toSkills } from "./skills.js";
import { groupUnderSoftTitle } from "./soft-skills.js";
import { endsWithSpokenLanguage, isSpokenLanguage, languageThenLevel, namesLanguageLevel } from "./spoken-languages.js";
import type { SkillGroup } from "./skill-groups.js";
import { placeEntries, languageItems } from "./place-entries.js";
import { isBoldLabel } from "./layout/lines.js";

/** The kinds of section that list entries, whose opening sentence may introduce the list. */
export const LISTING = new Set<SectionKind>(["work", "volunteer", "education", "education-work", "skills", "projects", "publications", "patents", "awards", "certificates", "languages", "interests"]);

/** A skills section's groups as skills; a group of spoken languages, interests or certificates as that section. */
export function placeSkills(draft: Draft, lines: SourceLine[], title: string): void {
  listSection(draft, { key: "skills", title }, lines[0]?.position);
  const { skills, elsewhere, left } = toSkills(lines, draft.sourceLines, draft.headingsWritten);
  for (const { skill, position } of groupUnderSoftTitle(title, skills)) addEntry(draft, "skills", skill, position);
  // "Sprachen: Deutsch (Muttersprache), Englisch", "Interests: chess": a group of spoken languages, interests or
  // certificates among the skills gives that section, under its label, unless a section gave it already; else
  // what the person wrote is printed in the catch-all
  const groupLines = (g: SkillGroup) => lines.filter((l) => l.position === g.position || g.items.some((i) => i.position === l.position));
  const kept: SourceLine[] = [...left];
  for (const kind of ["languages", "interests", "certificates"] as const) {
    const groups = elsewhere.filter((e) => e.kind === kind).map((e) => e.group);
    if (!groups.length) continue;
    // "🇬🇧 English — Native": a group a language names is that language with its level, under the section's title
    const named = (g: SkillGroup) => kind === "languages" && namesLanguageLevel(g.name!, g.items.map((i) => i.text));
    const itemLines = (g: SkillGroup) => (named(g) ? lines.filter((l) => l.position === g.position).map((l) => ({ ...l, text: `${g.name}: ${g.items.map((i) => i.text).join(", ")}` })) : g.items.flatMap((i) => lines.filter((l) => l.position === i.position).map((l) => ({ ...l, text: i.text }))));
    if (draft.resume[kind]?.length) kept.push(...groups.flatMap(groupLines));
    else placeEntries(draft, groups.flatMap(itemLines), kind, named(groups[0]!) ? title : groups[0]!.name!, true);
  }
  addCatchAll(draft, lines.filter((l) => kept.includes(l)), `${title} (more)`);
}

/** True when no item of a languages section's lines names a spoken language, and there are two or more. */
export function namesNoSpokenLanguage(lines: readonly SourceLine[]): boolean {
  const items = lines.flatMap((l) => languageItems(l.text));
  return items.length >= 2 && !items.some(namesSpokenLanguage);
}

/**
 * "## Proficiency" over "- English — native" and "- French — B2": a section under a skills title whose every item, two
 * or more, names a spoken language lists languages, as a languages section does.
 */
export function namesOnlySpokenLanguages(lines: readonly SourceLine[]): boolean {
  const items = lines.filter((l) => l.kind !== "subheading").flatMap((l) => languageItems(l.text));
  return items.length >= 2 && items.every(namesSpokenLanguage);
}

/** A language's name leads its item, whatever sign sets its level apart ("German − native"), or ends it ("fluent German"). */
const namesSpokenLanguage = (item: string) => isSpokenLanguage(/^[\p{L}\s]*/u.exec(item)![0]) || languageThenLevel(item) !== undefined || endsWithSpokenLanguage(item);

/**
 * "## Languages and Software" over "**Statistical software:**" / its bullets / "**Languages:**" / "- Spanish (native)":
 * a section of spoken languages and skills, each list under a bold label of its own. Returns the lines of the lists
 * that name no spoken language (labels and all, read as skills) apart from the others, or nothing when the section
 * is not so split.
 */
export function splitSkillLists(lines: readonly SourceLine[]): { skills: SourceLine[]; languages: SourceLine[] } | undefined {
  const starts = lines.flatMap((l, i) => (l.kind === "text" && l.depth === 0 && isBoldLabel(l) ? [i] : []));
  if (starts.length < 2) return undefined;
  const parts = [0, ...starts].filter((at, k, all) => all.indexOf(at) === k).map((at, k, all) => lines.slice(at, all[k + 1]));
  // (the label counts: "**English**" over "Listening  Reading  C1" is Europass's grid of one language, no skills)
  const skills = parts.filter((p) => p.length > 2 && namesNoSpokenLanguage(p));
  if (!skills.length || skills.length === parts.length) return undefined;
  // "**Languages:**" titles its list as the section's own title does; it names no language
  const titlesLanguages = (l: SourceLine) => isBoldLabel(l) && classifyTitle(l.text.replace(/[:：]\s*$/u, "")) === "languages";
  return { skills: skills.flat(), languages: parts.filter((p) => !skills.includes(p)).flat().filter((l) => !titlesLanguages(l)) };
}

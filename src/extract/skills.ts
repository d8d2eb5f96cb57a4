import { withoutDecoration } from "../parse/normalize.js";
import type { SourceLine } from "../parse/source-line.js";
import type { Skill } from "../resume/schema.js";
import { withoutLead } from "./entry-parts.js";

/** Splits a keyword list at commas and semicolons that are not inside parentheses. */
export function splitKeywords(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (depth === 0 && (ch === "," || ch === ";" || ch === "、" || ch === "，" || ch === "·" || ch === "•" || ch === "|")) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim().replace(/\.$/, ""));
  return out;
}

/**
 * Reads a skills section: "Category: a, b, c" on one line, a "Category:" line
 * with its keywords on the lines below, bold categories, or table rows.
 */
export function toSkills(lines: readonly SourceLine[], sectionTitle: string): Skill[] {
  const skills: Skill[] = [];
  let current: Skill | undefined;
  for (const l of lines) {
    const lead = l.lead?.replace(/[:：]\s*$/, "");
    const colon = /^([^:：]{1,60})[:：]\s*(.*)$/.exec(l.text);
    const cellName = l.cells && l.cells.length >= 2 ? l.cells[0] : undefined;
    if (lead || colon || cellName) {
      // "**Python** (Expert): NumPy": the level in parentheses belongs to the name, for withLevel to read
      const level = lead ? /^\s*(\([^)]{1,20}\))(?=\s*[:：]|\s*$)/.exec(withoutLead(l)) : null;
      const name = (lead ? `${lead}${level ? ` ${level[1]}` : ""}` : (cellName ?? colon![1]!)).trim();
      const rest = lead ? withoutLead(l).slice(level?.[0].length ?? 0).replace(/^\s*[:：]\s*/, "") : cellName ? l.cells!.slice(1).join(", ") : colon![2]!;
      current = { name, keywords: splitKeywords(rest) };
      skills.push(current);
    } else if (current && l.kind === "text" && !l.gap) current.keywords!.push(...splitKeywords(l.text));
    else {
      current = undefined;
      const keywords = splitKeywords(l.text);
      // one phrase per line ("Product Management") names a skill; a list on a line is keywords
      skills.push(keywords.length === 1 && l.text.length <= 40 ? { name: keywords[0]! } : { name: withoutDecoration(sectionTitle), keywords });
    }
  }
  return skills.map(withLevel).map((s) => (s.keywords?.length ? s : compactSkill(s)));
}

const LEVEL = /^(.+?)\s*\((beginner|elementary|basic|intermediate|advanced|proficient|expert|master|fluent|native)\)$/i;

/** "Python (Expert)": a proficiency word in parentheses after a skill's name is its level. */
function withLevel(skill: Skill): Skill {
  const m = skill.name ? LEVEL.exec(skill.name) : null;
  return m ? { ...skill, name: m[1]!, level: m[2]! } : skill;
}

function compactSkill({ name, level }: Skill): Skill {
  return level ? { name, level } : { name };
}

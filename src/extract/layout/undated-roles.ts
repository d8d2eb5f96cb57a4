import type { SourceLine } from "../../parse/source-line.js";
import { findDates } from "../dates.js";
import { roleLean, weighPhrase } from "../evidence/phrase-evidence.js";
import { hasDate, isHeaderLike, isSentence, lineWithoutDates, type Entry } from "./lines.js";

/**
 * "### Google, 2011-2019" over "**fs-verity**" / "_Staff Technical Lead Manager_" / bullets, then "**fs-crypt**" /
 * "_Senior Software Engineer_" / bullets: under a dated employer that names no role, paragraphs each opened by a
 * line set wholly in bold or italics, one of whose first two lines is a role, are the roles held there. Each becomes
 * an entry that repeats the employer's lines; the unit or project named beside the role goes first in its body. One
 * such role takes the employer's dates; several share them as the organisation's span, since none is dated of its own.
 */
export function splitUndatedRoles(entry: Entry): Entry[] {
  const [first, ...rest] = entry.head;
  if (!first || !entry.head.some(hasDate) || entry.head.some((l) => roleLean(weighPhrase(lineWithoutDates(l).text)) > 0.3)) return [entry];
  const blocks = entry.body.flatMap((_, i) => {
    const role = roleLineAt(entry.body, i);
    return role === undefined ? [] : [{ start: i, role }];
  });
  if (!blocks.length) return [entry];
  const prelude = entry.body.slice(0, blocks[0]!.start);
  const period = entry.head.map((l) => findDates(l.text)[0]?.period).find(Boolean);
  const single = blocks.length === 1;
  const orgLines = single ? entry.head : [lineWithoutDates(first), ...rest.map(lineWithoutDates).filter((l) => l.text)];
  return blocks.map(({ start, role }, k) => {
    const end = blocks[k + 1]?.start ?? entry.body.length;
    const unit = entry.body.slice(start, start + 2).filter((_, j) => start + j !== role);
    const said = entry.body.slice(start + 2, end);
    return {
      head: [...orgLines, entry.body[role]!],
      body: [...(k === 0 ? prelude : []), ...unit, ...said],
      position: entry.body[role]!.position,
      ...(!single && period && { organizationPeriod: period }),
    };
  });
}

/** The line of the role in the paragraph that opens at `i`, when the paragraph opens as a role's does; else undefined. */
function roleLineAt(body: readonly SourceLine[], i: number): number | undefined {
  const l = body[i]!;
  if (!(l.gap || i === 0) || !setApart(l)) return undefined;
  const next = body[i + 1];
  // the role alone, or the unit or project on the first line and the role on the second
  if (leansToRole(l) && (!next || next.gap || next.kind !== "text")) return i;
  if (next && !next.gap && setApart(next) && leansToRole(next) && !leansToRole(l)) return i + 1;
  return undefined;
}

/** A short line of text, undated, set wholly in bold or italics: how such CVs set a role or a unit apart. */
function setApart(l: SourceLine): boolean {
  const spans = l.spans ?? [];
  return l.kind === "text" && l.depth === 0 && isHeaderLike(l) && !hasDate(l) && spans.length > 0 && spans.every((s) => s.strong || s.emphasis || !s.text.trim());
}

const leansToRole = (l: SourceLine) => !isSentence(l.text) && roleLean(weighPhrase(l.text)) > 0.3;

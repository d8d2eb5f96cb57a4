import type { Work } from "../resume/schema.js";
import { compact, jobDates } from "./date-fields.js";
import type { Entry } from "./entries.js";
import { isLocation, isPlaceLine, readBody, readHead } from "./entry-parts.js";
import { isTitleLike } from "./entries.js";
import { ORG_WORDS, ROLE_WORDS } from "./vocabulary.js";

/** A job title: its last word is a role ("Team Leader"), or it names a role and no organisation. */
const isRole = (t: string) => ROLE_WORDS.test(t.split(/\s+/).pop() ?? "") || (ROLE_WORDS.test(t) && !ORG_WORDS.test(t));

/** Splits "Software Engineer at Google", "Google — Engineer", "Team Leader, X Team" into organisation and role. */
export function splitOrgRole(text: string): { name?: string; position?: string } {
  const at = /^(.+?)\s+(?:at|@|chez|bei|в)\s+(.+)$/u.exec(text);
  if (at && isRole(at[1]!)) return { position: at[1]!.trim(), name: at[2]!.trim() };
  for (const sep of [/\s+[–—|]\s+|\s+-\s+/, /,\s+/]) {
    const i = text.search(sep);
    if (i < 0) continue;
    const first = text.slice(0, i).trim();
    const second = text.slice(i).replace(sep, "").trim();
    if (isRole(first) && !isRole(second)) return { position: first, name: second };
    if (isRole(second) && !isRole(first)) return { name: first, position: second };
  }
  return { name: text };
}

/** "Role — Org" or "Role at Org" in one phrase; a comma may only add a team to a role ("Tech Lead, Inference"). */
const isOrgRolePair = (p: string) => /\s[–—|]\s|\s-\s|\s(?:at|@)\s/.test(p) && splitOrgRole(p).position !== undefined;

/** Reads a work entry: organisation, position, place, dates, and what was done there. */
export function toWork(entry: Entry): Work {
  const head = readHead(entry);
  const body = [...entry.body];
  let name: string | undefined;
  let location = head.location;
  let position: string | undefined;
  const extra: string[] = [...head.aliases];
  const parts = [...head.parts];
  if (head.lead) {
    ({ name, position } = splitOrgRole(head.lead));
    const orgAt = parts.findIndex((p) => !isRole(p));
    if (!position && isRole(head.lead) && !ORG_WORDS.test(head.lead) && orgAt >= 0) [position, name] = [head.lead, parts.splice(orgAt, 1)[0]];
    // "**Course Assistant, CS 128** | University of Illinois": the bold text is all role when an organisation follows
    const orgPart = parts.find((p) => ORG_WORDS.test(p) && !isRole(p));
    if (position && name && orgPart && !ORG_WORDS.test(name) && isRole(position)) [position, name] = [head.lead, parts.splice(parts.indexOf(orgPart), 1)[0]];
    if (!position && parts.length) position = parts.shift();
  } else if (parts.length === 1) {
    ({ name, position } = splitOrgRole(parts.shift()!));
  } else if (parts.some(isOrgRolePair)) {
    // "Role — Org" on the heading, "dates · Madrid" below: the other short phrase is the place
    const at = parts.findIndex(isOrgRolePair);
    ({ name, position } = splitOrgRole(parts.splice(at, 1)[0]!));
    const placeAt = head.location ? -1 : parts.findIndex(isPlaceLine);
    if (placeAt >= 0) location = parts.splice(placeAt, 1)[0];
  } else if (parts.length > 1) {
    const roleAt = parts.findIndex(isRole);
    const orgAt = parts.findIndex((p, i) => i !== roleAt && !isRole(p));
    name = parts[orgAt >= 0 ? orgAt : 0];
    position = roleAt >= 0 ? parts[roleAt] : parts.find((p) => p !== name);
    parts.splice(0, parts.length, ...parts.filter((p) => p !== name && p !== position));
  }
  // "Google   2019 – 2021" with the role alone on the next line
  const first = body[0];
  if (!position && first?.kind === "text" && isTitleLike(first.text) && isRole(first.text)) position = body.shift()!.text;
  // "Seattle" alone under a dated header: the header's dates kept it out of the head. Before prose only
  // when it cannot be the prose's first line: "Austin, Texas", "San Francisco Bay Area"
  const under = body[0];
  const placeBeforeProse = (text: string) => isLocation(text) || /^(?:Greater\s)?[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3}\s(?:Area|Region|Metropolitan Area)$/u.test(text);
  if (!location && under?.kind === "text" && (body[1] === undefined || body[1].kind === "bullet" || placeBeforeProse(under.text)) && isPlaceLine(under.text)) location = body.shift()!.text;
  extra.push(...parts);
  const { summary, highlights } = readBody(body);
  const url = head.links[0]?.url;
  return compact({
    name,
    position,
    location,
    ...jobDates(head.dates),
    url: url && /^https?:/.test(url) ? url : undefined,
    description: extra.join("; ") || undefined,
    summary,
    highlights,
  });
}

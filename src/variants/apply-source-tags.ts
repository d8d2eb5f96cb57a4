import { parseDocument } from "yaml";
import type { Position } from "../diagnostics/diagnostic.js";
import { STANDARD_SECTIONS, type Resume } from "../resume/schema.js";
import type { LineTags } from "./attribute-tags.js";

/** Front matter `tags:`: each tag with the section titles (or keys) and entry names it marks. */
export type TagMap = Map<string, string[]>;

type Tagged = { tags?: string[] };

/**
 * Reads `tags:` from Markdown front matter, written tag first:
 * `tags: {academic: [Publications, Teaching], private: Hobbies}`.
 * Returns an empty map when there is no such key (YAML mistakes are the parser's to report).
 */
export function readFrontMatterTags(text: string): TagMap {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  const map: TagMap = new Map();
  if (!match) return map;
  const tags = frontMatterValue(match[1]!)?.tags;
  if (typeof tags !== "object" || tags === null || Array.isArray(tags)) return map;
  for (const [tag, names] of Object.entries(tags)) {
    const list = (Array.isArray(names) ? names : [names]).filter((n): n is string => typeof n === "string");
    map.set(tag.toLowerCase(), list.map(fold));
  }
  return map;
}

/** The front matter's value, or undefined where it is no YAML mapping a document can hold (an alias with no anchor throws only when read). */
function frontMatterValue(yaml: string): Record<string, unknown> | undefined {
  const doc = parseDocument(yaml);
  if (doc.errors.length) return undefined;
  try {
    const value: unknown = doc.toJS();
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts the tags a source wrote onto the résumé: line tags on the section whose
 * heading carried them (matched by title) or the entry whose first line did
 * (matched through the extraction's origins), front-matter tags on the sections and entries they
 * name. Pure: returns a new résumé.
 */
export function applySourceTags(resume: Resume, origins: ReadonlyMap<string, Position>, lineTags: ReadonlyMap<number, LineTags>, named: TagMap): Resume {
  const out: Resume = structuredClone(resume);
  const add = (target: Tagged, tags: readonly string[]) => {
    if (!tags.length) return;
    target.tags = [...new Set([...(target.tags ?? []), ...tags])];
  };
  const tagsNaming = (...names: Array<string | undefined>) =>
    [...named].filter(([, list]) => names.some((n) => n !== undefined && list.includes(fold(n)))).map(([tag]) => tag);

  for (const [pointer, position] of origins) {
    const entry = /^\/([a-z]+)\/(\d+)$/.exec(pointer);
    if (!entry || !(STANDARD_SECTIONS as readonly string[]).includes(entry[1]!)) continue;
    const target = (out as Record<string, Tagged[] | undefined>)[entry[1]!]?.[Number(entry[2])];
    if (target) add(target, lineTags.get(position.line)?.tags ?? []);
  }
  for (const key of STANDARD_SECTIONS) for (const e of (out[key] ?? []) as Tagged[]) add(e, tagsNaming(...entryNames(e)));
  for (const section of out.sections ?? []) for (const item of section.items) add(item, tagsNaming(item.title));

  const headingTags = [...lineTags.values()];
  const tagsOfHeading = (title: string) => headingTags.filter((h) => fold(h.title) === fold(title)).flatMap((h) => h.tags);
  for (const ref of out.meta?.sections ?? []) {
    const id = ref.key.startsWith("custom:") ? ref.key.slice(7) : undefined;
    const custom = out.sections?.find((s) => s.id === id);
    add(ref, [...tagsOfHeading(ref.title), ...(custom?.tags ?? []), ...tagsNaming(ref.title, ref.key, id)]);
    if (custom) add(custom, ref.tags ?? []);
  }
  return out;
}

/** The names an entry goes by, whatever its section. */
function entryNames(entry: Record<string, unknown>): Array<string | undefined> {
  return ["name", "title", "institution", "organization", "language", "position"].map((k) => (typeof entry[k] === "string" ? (entry[k] as string) : undefined));
}

function fold(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Resume } from "../resume/schema.js";
import { unknownFields } from "../resume/unknown-fields.js";
import type { YamlOverrides } from "../parse/yaml-overrides.js";
import { readContact } from "./contacts.js";
import { fromThemeAuthor, isPastimeGroup } from "./theme-author.js";
import { isThemeLinkList } from "./front-matter.js";
import { isListedSection, themeCourses } from "./theme-widgets.js";

type Profile = { network: string; username?: string; url: string };
/** Front-matter keys that name a profile by its user name (pandoc CV templates use them). */
const PROFILE_KEYS = /^(github|gitlab|linkedin|twitter)$/;

/** Sections whose entries are a name first, which front matter may list as plain words. */
const LISTS_OF_NAMES: ReadonlySet<string> = new Set(["skills", "interests"]);

/** Front-matter keys that are shorthand for a `basics` field. */
const BASICS_SHORTHAND = ["name", "label", "email", "phone", "url", "summary", "image"] as const;

/**
 * Deep-merges user overrides over the parsed résumé: objects merge key by key,
 * any other value (lists included) replaces what was parsed, so a user can
 * restate a whole section without having entries mixed in.
 */
export function applyOverrides(resume: Resume, overrides: unknown): Resume {
  if (!isPlainObject(overrides)) return resume;
  const expanded = expandShorthand(overrides);
  const merged = mergeValues(resume, expanded) as Resume;
  // profiles named in front matter ("github: jdoe") join those the header gave rather than replace them
  const added = isPlainObject(overrides.basics) && "profiles" in overrides.basics ? undefined : (expanded.basics as Resume["basics"])?.profiles;
  if (added && merged.basics) merged.basics.profiles = [...(resume.basics?.profiles ?? []).filter((p) => !added.some((a) => a.url === p.url)), ...added];
  // so do the words of a theme's "skills: [Python, Go]": the CV's own Skills section stays, and a word it already
  // names is not listed twice
  for (const key of LISTS_OF_NAMES) {
    const words = overrides[key];
    const own = resume[key as "skills" | "interests"];
    if (!isListOfNames(words) || !own?.length) continue;
    const named = new Set(own.flatMap((e) => [e.name, ...(e.keywords ?? [])]).filter(Boolean).map((n) => n!.toLowerCase()));
    merged[key as "skills" | "interests"] = [...own, ...words.filter((w) => !named.has(w.toLowerCase())).map((name) => ({ name }))];
  }
  return merged;
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const isListOfNames = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string");

/**
 * Warnings for the keys of front matter or a sidecar that no résumé field
 * takes, which validation would otherwise drop without a word. A `tags:`
 * mapping in front matter is not one of them: variants read it there.
 */
export function unplacedOverrides(overrides: YamlOverrides, { frontMatter }: { frontMatter: boolean }): Diagnostic[] {
  const { tags, ...fields } = expandShorthand(overrides.value);
  const warn = (pointer: string, message: string) => diagnose(overrides.file, "warning", "unknown-field", message, overrides.keys.get(pointer));
  const unknown = unknownFields(fields).map((pointer) =>
    warn(pointer, `${pointer.slice(1).replace(/\//g, ".")} is not a résumé field, so vitae leaves it out; rename it (see docs/schema.md) or write it in the CV itself`),
  );
  if (tags !== undefined && !frontMatter) unknown.push(warn("/tags", "variant tags are read from the source's front matter, not from a sidecar; move this `tags:` there"));
  else if (tags !== undefined && !isPlainObject(tags)) unknown.push(warn("/tags", "tags must map each tag to section titles or entry names, for example `tags: {private: [Interests]}`; these were not applied"));
  return unknown;
}

/** Front matter may say `name: …` or `website: …` at the top level; these mean basics fields. */
function expandShorthand(overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const basics: Record<string, unknown> = {};
  const meta: Record<string, unknown> = {};
  const profiles: Profile[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    // an empty `email: ""` (a theme's placeholder) states nothing
    if ((BASICS_SHORTHAND as readonly string[]).includes(key)) {
      if (value !== "") basics[key] = value;
    }
    // Hugo Blox's author profile gives the owner's headline as `role:`
    else if (key === "role" && typeof value === "string") basics.label = value;
    else if (key === "website" || key === "homepage") basics.url = value;
    else if (key === "title" || key === "lang") meta[key] = value;
    // pandoc's CV templates write the place as `address:`
    else if ((key === "location" || key === "address") && typeof value === "string") basics.location = placeOf(value);
    // pandoc's `author:`, when it is a name alone, is the owner's, read as the name where the text names no one
    // (frontMatterBasics); an author that says more is warned of, as any key no field takes
    else if (key === "author" && typeof value === "string" && /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}|\p{Script=Han}{2,4})$/u.test(value.trim())) continue;
    // Hugo Blox's landing page lists its blocks (`- block: experience`) under `sections:`, the theme's, not vitae's
    // custom sections: the jobs and studies in them are read as the page's content (theme-widgets.ts)
    else if (key === "sections" && Array.isArray(value) && value.some((b) => isPlainObject(b) && "block" in b)) continue;
    // and the Academic theme's about widget lists the degrees under `education: {courses: […]}`
    else if (key === "education" && themeCourses(overrides)) continue;
    // a resume theme's `education: {enable, list: […]}` is read as the page's content too
    else if (isListedSection(key, value)) continue;
    // a theme's "skills: [Python, Go]" (Gatsby, Hugo and Jekyll about pages) lists them as words, each a skill's name
    else if (LISTS_OF_NAMES.has(key) && isListOfNames(value)) out[key] = [...listOf(out[key]), ...value.map((name) => ({ name }))];
    else if (PROFILE_KEYS.test(key) && typeof value === "string" && readContact(`${key}: ${value}`)?.field === "profile") profiles.push(readContact(`${key}: ${value}`) as Profile);
    // a theme's links (Hugo Blox's `profiles:`, the Academic theme's `social:`) are read as contacts (front-matter.ts)
    else if ((key === "profiles" || key === "social") && isThemeLinkList(value)) continue;
    // the theme lists the owner's hobbies as a skill group; a CV has them as interests
    else if (key === "skills" && Array.isArray(value) && value.some(isPastimeGroup)) {
      out.skills = fromThemeAuthor(key, value.filter((g) => !isPastimeGroup(g)));
      out.interests = [...listOf(out.interests), ...listOf(fromThemeAuthor(key, value.filter(isPastimeGroup)))];
    } else {
      const read = fromThemeAuthor(key, value);
      // interests written out join the hobbies a theme's skill group gave, whichever key comes first
      out[key] = key === "interests" && Array.isArray(out[key]) && Array.isArray(read) ? [...read, ...out[key]] : read;
    }
  }
  if (profiles.length) basics.profiles = profiles.map(({ network, username, url }) => ({ network, username, url }));
  if (Object.keys(basics).length) out.basics = mergeValues(out.basics, basics);
  if (Object.keys(meta).length) out.meta = mergeValues(out.meta, meta);
  return out;
}

/** "Lisbon, Portugal" read into its fields, as the same words under a "Location:" label are; else the words as the city. */
function placeOf(text: string): unknown {
  const read = readContact(`Location: ${text}`);
  return read?.field === "location" && typeof read.value === "object" ? read.value : { city: text };
}

function mergeValues(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(over) || !isPlainObject(base)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeValues(base[k], v);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

import type { Position } from "../diagnostics/diagnostic.js";
import type { FrontMatter, SourceLine } from "../parse/source-line.js";
import { parseTomlOverrides } from "../parse/toml-overrides.js";
import { parseYamlOverrides, type YamlOverrides } from "../parse/yaml-overrides.js";
import type { Basics } from "../resume/schema.js";
import { headingName } from "./basics.js";
import { addContact } from "./contacts.js";
import type { Draft } from "./draft.js";
import { readLineContacts } from "./line-contacts.js";

/** Reads Markdown front matter, YAML or TOML, as overrides; mistakes become diagnostics at their line. */
export function readFrontMatter(draft: Draft, frontMatter: FrontMatter | undefined): YamlOverrides | undefined {
  if (!frontMatter) return undefined;
  const parse = frontMatter.format === "toml" ? parseTomlOverrides : parseYamlOverrides;
  const result = parse(draft.file, frontMatter.text, frontMatter.position.line - 1);
  draft.diagnostics.push(...result.diagnostics);
  return result.ok ? result.value : undefined;
}

const MARKDOWN_LINK = /\[([^\]]*)\]\(([^)\s]+)\)/g;

/**
 * What a theme's front matter says of the owner beyond the keys vitae knows:
 * a `title:` or `author:` that is the person's name ("Jane Doe — Data
 * Engineer" → "Jane Doe"), and contact lines in lists such as
 * `left-column: ['Email: [x](mailto:x)']`.
 */
export function frontMatterBasics(overrides: YamlOverrides | undefined, lowerWords: ReadonlySet<string>, position: Position): Basics {
  const basics: Basics = {};
  if (!overrides) return basics;
  for (const key of ["author", "title"]) {
    const value = overrides.value[key];
    const name = typeof value === "string" ? headingName(value, lowerWords) : undefined;
    if (name) basics.name ??= name;
  }
  for (const value of Object.values(overrides.value)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const line = itemLine(item, position);
      if (!line) continue;
      const contacts = readLineContacts(line);
      if (contacts.every(Boolean)) for (const c of contacts) addContact(basics, c!);
    }
  }
  return basics;
}

/**
 * A front-matter list item as a line of text: a string with Markdown links, or oh-my-cv's
 * `{text: '<span class="iconify" …></span> jo@example.org', link: 'mailto:jo@example.org'}`, its icon's tags no words.
 */
function itemLine(item: unknown, position: Position): SourceLine | undefined {
  if (typeof item === "string") {
    const links = [...item.matchAll(MARKDOWN_LINK)].map((m) => ({ text: m[1]!, url: m[2]! }));
    return { kind: "text", text: item.replace(MARKDOWN_LINK, "$1"), position, depth: 0, links, gap: true };
  }
  if (!item || typeof item !== "object") return undefined;
  const { text, link } = item as Record<string, unknown>;
  if (typeof text !== "string") return undefined;
  const words = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  const links = typeof link === "string" && words ? [{ text: words, url: link }] : [];
  return words ? { kind: "text", text: words, position, depth: 0, links, gap: true } : undefined;
}

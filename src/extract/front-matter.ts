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
      if (typeof item !== "string") continue;
      const links = [...item.matchAll(MARKDOWN_LINK)].map((m) => ({ text: m[1]!, url: m[2]! }));
      const line: SourceLine = { kind: "text", text: item.replace(MARKDOWN_LINK, "$1"), position, depth: 0, links, gap: true };
      const contacts = readLineContacts(line);
      if (contacts.every(Boolean)) for (const c of contacts) addContact(basics, c!);
    }
  }
  return basics;
}

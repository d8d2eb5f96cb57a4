import type { Position } from "../diagnostics/diagnostic.js";
import type { FrontMatter, SourceLine } from "../parse/source-line.js";
import { parseTomlOverrides } from "../parse/toml-overrides.js";
import { parseYamlOverrides, type YamlOverrides } from "../parse/yaml-overrides.js";
import type { Basics } from "../resume/schema.js";
import { headingName } from "./header-names.js";
import { addContact, type Contact } from "./contacts.js";
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
  // only the theme's own lists of links are read by an icon or an address alone: an award's or a project's link in
  // another list (`awards: - {title, url, icon: github}`) is the award's, not the owner's profile
  const linkLists = [overrides.value.profiles, overrides.value.social, quartoLinks(overrides.value)];
  for (const value of [...Object.values(overrides.value), quartoLinks(overrides.value)]) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      const contacts = itemContacts(item, position, linkLists.includes(value));
      if (contacts.every(Boolean)) for (const c of contacts) addContact(basics, c!);
    }
  }
  return basics;
}

/** Quarto's about page lists its links under `about: links:`. */
const quartoLinks = (value: Record<string, unknown>) => ((value.about ?? undefined) as Record<string, unknown> | undefined)?.links;

/** A theme's list of links, each an icon and an address: Hugo Blox's `profiles:`, the Academic theme's `social:`. */
export function isThemeLinkList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((item) => linkAddress(item) !== undefined);
}

/**
 * The address of a theme's link item, shown as an icon or words: `url:` (Hugo Blox), `link:` (the Academic theme),
 * `href:` (Quarto). An item that only names a place by its address (`organizations: - {name, url}`) is no link of the
 * owner's.
 */
function linkAddress(item: unknown): string | undefined {
  if (!item || typeof item !== "object") return undefined;
  const { url, link, href, icon, label, text } = item as Record<string, unknown>;
  if (icon === undefined && label === undefined && text === undefined) return undefined;
  const address = [url, link, href].find((a) => typeof a === "string" && a.trim());
  return address === undefined ? undefined : (address as string).trim();
}

/**
 * The contacts of a front-matter list item. A theme's link item whose words name no contact ("E-mail Me", an icon
 * alone, `{{< iconify … >}}`) is read by its address, as a link whose text is the address itself.
 */
function itemContacts(item: unknown, position: Position, themeLink: boolean): (Contact | undefined)[] {
  const line = itemLine(item, position);
  const contacts = line ? readLineContacts(line) : [];
  const address = themeLink ? linkAddress(item) : undefined;
  if (address === undefined || (contacts.length && contacts.every(Boolean))) return contacts;
  // the icon's name says what the link is ("brands/github", "envelope", "home"), though it is no label to show
  const icon = String((item as Record<string, unknown>).icon ?? "").split("/").pop()!;
  const byIcon = icon ? readLineContacts({ kind: "text", text: icon, position, depth: 0, links: [{ text: icon, url: address }], gap: true }) : [];
  if (byIcon.length && byIcon.every(Boolean)) return byIcon.map((c) => ({ ...c!, label: undefined }));
  // else the address read alone, which names an e-mail or a network, but is no homepage for all it says (a lab's
  // page, a scholar's profile the network list lacks)
  const text = address.replace(/^mailto:/i, "");
  return readLineContacts({ kind: "text", text, position, depth: 0, links: [{ text, url: address }], gap: true }).filter((c) => c?.field !== "url");
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
  const { text, label } = item as Record<string, unknown>;
  const written = typeof text === "string" ? text : label;
  if (typeof written !== "string") return undefined;
  const words = written.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  const link = linkAddress(item);
  const links = link !== undefined && words ? [{ text: words, url: link }] : [];
  return words ? { kind: "text", text: words, position, depth: 0, links, gap: true } : undefined;
}

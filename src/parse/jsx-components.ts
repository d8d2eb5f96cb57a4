import { htmlTagNames } from "html-tag-names";
import { diagnose, positionAt, type Diagnostic, type Position } from "../diagnostics/diagnostic.js";
import { linesInFences } from "./code-fences.js";
import { showsWords } from "./hugo-shortcodes.js";

/**
 * "<Entry", "<ResumeRow", "</Section": a tag whose name opens with a capital and holds a small letter is a component
 * that MDX's JSX renders; HTML written in capitals ("<BR>", "<DIV>") holds none. A name of HTML's own, which HTML
 * reads in any case ("<Br>", "<Center>", "<Details>"), is a component only where MDX reads the file: an `.mdx` file,
 * or one that imports the name (`import Section from "../components/Section.astro"`).
 */
const COMPONENT = /<(\/?)([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)(?=[\s/>])/g;
const HTML_NAMES = new Set(htmlTagNames);

/**
 * MDX's module lines: `import Entry from '../components/Entry.astro';`, and an `export` of a declaration or a list
 * with what follows it up to a blank line. A line of prose that opens with "export" ("export shipments to Brazil") is
 * no module line.
 */
const MODULE_LINES = /^(?:import\s(?:[^\n]*?\sfrom\s*)?['"][^'"\n]+['"];?[ \t]*$|export\s+(?:const|let|var|function|async|class|default|\{)[\s\S]*?(?=\n[ \t]*\n|(?![\s\S])))/gm;

/** `{/* <Entry role="Intern" … /> *\/}`: an MDX comment, which the page does not show. */
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

/** A component's attribute that names what it wraps, so that a wrapping component with it and nothing else is a section. */
const TITLE_KEY = /^(?:title|heading|label|name)$/i;

/**
 * Attributes whose value is what the entry says even where it looks like a theme's identifier: a year or a date
 * (`start="2021"`), a name in lower case (`company="sendgrid"`, `name="python"`).
 */
const CONTENT_KEY = /^(?:title|heading|label|name|text|role|position|company|org|organi[sz]ation|employer|school|institution|degree|area|field|location|place|city|country|dates?|period|start|end|from|to|since|until|year|skills?|tech|description|summary|subtitle|value)$/i;

/** A `<`-started span in code (a fence, or a code span such as `List<String>` or `<DataGrid>`) is code, not a component. */
const CODE_SPAN = /(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n)[\s\S])*?)(?<!`)\1(?!`)/g;

/**
 * An MDX CV (an Astro, Next or Gatsby site) writes its entries as components the site renders
 * (`<Entry role="Engineer" company="Acme" dates="2019 - 2022">`, `<ResumeRow left="Acme – Oslo" right="2021" />`,
 * `<SkillsList label="Expert" skills={["Go", "SQL"]} />`): their words are attributes, which a Markdown parser takes
 * for HTML and drops. Each component is replaced by the words its attributes show, in their order, on its first line
 * (the lines it spanned kept, empty): a wrapping component titled by its only attribute (`<Section title="Skills">`)
 * becomes a heading, a label with a list becomes "label: a, b", other words are joined by " · ". Its closing tag, the
 * file's module lines (`import …`, `export const …`) and MDX comments hold no words of the CV. Each component is told
 * of once.
 */
export function withJsxComponentsRead(text: string, file: string): { text: string; diagnostics: Diagnostic[] } {
  if (!/<[A-Z][A-Za-z0-9]*[a-z]/.test(text)) return { text, diagnostics: [] };
  const source = text.replace(MDX_COMMENT, blank);
  const imported = importedNames(source);
  // MDX renders every capitalised tag as a component; in Markdown, HTML's names are HTML's whatever their case
  const isComponent = (name: string) => !HTML_NAMES.has(name.toLowerCase()) || file.endsWith(".mdx") || imported.has(name.split(".")[0]!);
  const code = codeRanges(source);
  const inCode = (offset: number) => code.some(([from, to]) => offset >= from && offset < to);
  const told = new Map<string, { position: Position; words: string }>();
  const parts: string[] = [];
  let done = 0;
  for (const match of source.matchAll(COMPONENT)) {
    const start = match.index!;
    const [closing, name] = [match[1] === "/", match[2]!];
    if (start < done || !isComponent(name) || inCode(start)) continue;
    const tag = readTag(source, start + match[0].length);
    if (!tag) continue;
    const span = source.slice(start, tag.end);
    const words = closing ? "" : componentWords(tag, wrapsContent(source, name, tag), lineAlone(source, start, tag.end));
    parts.push(source.slice(done, start), words + blank(span));
    done = tag.end;
    if (closing) continue;
    const first = told.get(name);
    if (!first) told.set(name, { position: positionAt(source, start), words });
    else if (!first.words) first.words = words;
  }
  if (!told.size) return { text, diagnostics: [] };
  const read = parts.join("") + source.slice(done);
  const diagnostics = [...told].map(([name, { position, words }]) => diagnose(file, "warning", "mdx-component", componentMessage(name, words), position));
  return { text: read.replace(MODULE_LINES, blank), diagnostics };
}

/** The names a file's module lines import (`import Section from "…"`, `import { Entry, Card as Box } from "…"`). */
function importedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, clause] of text.matchAll(/^import\s+([\s\S]+?)\s+from\s*['"]/gm)) {
    for (const name of clause!.replace(/\b\w+\s+as\s+/g, "").match(/[A-Za-z_$][\w$]*/g) ?? []) names.add(name);
  }
  return names;
}

/** The span's line ends alone: what it held is gone, and the lines after it keep their numbers. */
const blank = (span: string): string => span.replace(/[^\n]/g, "");

/** The [start, end) offsets of code in a Markdown text: fenced blocks, and code spans outside them. */
function codeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const lines = text.split("\n");
  const fenced = linesInFences(lines);
  let offset = 0;
  const unfenced = lines.map((line, i) => {
    if (fenced[i]) ranges.push([offset, offset + line.length + 1]);
    offset += line.length + 1;
    return fenced[i] ? " ".repeat(line.length) : line;
  });
  for (const span of unfenced.join("\n").matchAll(CODE_SPAN)) ranges.push([span.index!, span.index! + span[0].length]);
  return ranges;
}

interface Tag {
  end: number;
  selfClosing: boolean;
  words: Array<{ key: string; value: string }>;
  lists: string[][];
}

/** The attributes of the tag whose name ends at `from`, up to its closing `>` or `/>`; undefined where the tag does not close. */
function readTag(text: string, from: number): Tag | undefined {
  const tag: Tag = { end: from, selfClosing: false, words: [], lists: [] };
  let i = from;
  while (i < text.length) {
    i = skipSpace(text, i);
    if (text.startsWith("/>", i)) return { ...tag, end: i + 2, selfClosing: true };
    if (text[i] === ">") return { ...tag, end: i + 1 };
    if (text[i] === "{") {
      const end = closingBrace(text, i);
      if (end < 0) return undefined;
      i = end + 1;
      continue;
    }
    const key = /^[A-Za-z_$][\w:.-]*/.exec(text.slice(i, i + 80))?.[0];
    if (!key) return undefined;
    i = skipSpace(text, i + key.length);
    if (text[i] !== "=") continue;
    i = skipSpace(text, i + 1);
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, i + 1);
      if (end < 0) return undefined;
      tag.words.push({ key, value: text.slice(i + 1, end) });
      i = end + 1;
    } else if (quote === "{") {
      const end = closingBrace(text, i);
      if (end < 0) return undefined;
      readExpression(text.slice(i + 1, end).trim(), key, tag);
      i = end + 1;
    } else return undefined;
  }
  return undefined;
}

const LITERAL = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`]*)`/g;

/** `{"Expert"}` is a string; `{["Python", "SQL"]}` a list of them; any other expression (`{frontmatter.title}`, `{true}`) shows nothing the source holds. */
function readExpression(inner: string, key: string, tag: Tag): void {
  const literals = (s: string) => [...s.matchAll(LITERAL)].map((m) => (m[1] ?? m[2] ?? m[3] ?? "").trim()).filter(Boolean);
  if (inner.startsWith("[") && inner.endsWith("]")) tag.lists.push(literals(inner));
  else if (/^(["'`])[\s\S]*\1$/.test(inner) && literals(inner).length === 1) tag.words.push({ key, value: literals(inner)[0]! });
}

function componentWords(tag: Tag, wraps: boolean, alone: boolean): string {
  const words = tag.words.map((w) => ({ ...w, value: w.value.trim() })).filter((w) => showsWords(w.key, w.value, false) || (CONTENT_KEY.test(w.key) && showsWords(undefined, w.value, false)));
  const lists = tag.lists.filter((l) => l.length);
  if (words.length === 1 && !lists.length && wraps && alone && TITLE_KEY.test(words[0]!.key)) return `## ${words[0]!.value}`;
  if (words.length === 1 && lists.length) return `${words[0]!.value}: ${lists.flat().join(", ")}`;
  return [...words.map((w) => oneField(w.value)), ...lists.map((l) => l.join(", "))].join(" · ");
}

/**
 * `role="Senior Engineer | Tech Lead"`: an attribute is one field of the entry, so words that hold a separator of
 * their own are set in bold, which keeps them one part of the line they are joined into.
 */
function oneField(value: string): string {
  return /\s[|·•]\s/.test(value) && !value.includes("*") ? `**${value}**` : value;
}

function componentMessage(name: string, words: string): string {
  const read = words ? `read as the words its attributes give ("${words.length > 60 ? `${words.slice(0, 59)}…` : words}")` : "left out, as its attributes give no words";
  return `<${name}> is an MDX component, ${read}: vitae does not run the site, so how the page lays those words out is not in the CV; check the entries read from them, or write them into the CV as Markdown`;
}

/** Whether a component opened with this tag closes later (`</Section>`): it wraps a part of the page. */
function wrapsContent(text: string, name: string, tag: Tag): boolean {
  return !tag.selfClosing && text.includes(`</${name}>`, tag.end);
}

/** Whether nothing but spaces shares the lines of text[from, to). */
function lineAlone(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf("\n", from - 1) + 1;
  const lineEnd = text.indexOf("\n", to);
  return !text.slice(lineStart, from).trim() && !text.slice(to, lineEnd < 0 ? undefined : lineEnd).trim();
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Where the brace opened at `open` closes, skipping strings; -1 when it never does. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === "`") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

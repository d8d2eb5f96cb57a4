import { diagnose, type Diagnostic } from "../diagnostics/diagnostic.js";
import { showsWords } from "./hugo-shortcodes.js";

/**
 * "<Entry", "<ResumeRow", "</Section": a tag whose name opens with a capital and holds a small letter is a component
 * that MDX's JSX renders; HTML written in capitals ("<BR>", "<DIV>") holds none, and HTML's own names are small.
 */
const COMPONENT = /<(\/?)([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)(?=[\s/>])/g;

/** MDX's module lines: `import Entry from '../components/Entry.astro';`, and an `export` with what follows it up to a blank line. */
const MODULE_LINES = /^(?:import\s(?:[^\n]*?\sfrom\s*)?['"][^'"\n]+['"];?[ \t]*$|export\s[\s\S]*?(?=\n[ \t]*\n|(?![\s\S])))/gm;

/** A component's attribute that names what it wraps, so that a wrapping component with it and nothing else is a section. */
const TITLE_KEY = /^(?:title|heading|label|name)$/i;

const FENCE = /^[ \t]*(```|~~~)/;

/**
 * An MDX CV (an Astro, Next or Gatsby site) writes its entries as components the site renders
 * (`<Entry role="Engineer" company="Acme" dates="2019 - 2022">`, `<ResumeRow left="Acme – Oslo" right="2021" />`,
 * `<SkillsList label="Expert" skills={["Go", "SQL"]} />`): their words are attributes, which a Markdown parser takes
 * for HTML and drops. Each component is replaced by the words its attributes show, in their order, on its first line
 * (the lines it spanned kept, empty): a wrapping component titled by its only attribute (`<Section title="Skills">`)
 * becomes a heading, a label with a list becomes "label: a, b", other words are joined by " · ". Its closing tag and
 * the file's module lines (`import …`, `export …`) hold no words of the CV. Each component is told of once.
 */
export function withJsxComponentsRead(text: string, file: string): { text: string; diagnostics: Diagnostic[] } {
  if (!/<[A-Z][A-Za-z0-9]*[a-z]/.test(text)) return { text, diagnostics: [] };
  const fenced = fencedRanges(text);
  const inFence = (offset: number) => fenced.some(([from, to]) => offset >= from && offset < to);
  const told = new Map<string, Diagnostic>();
  const parts: string[] = [];
  let done = 0;
  for (const match of text.matchAll(COMPONENT)) {
    const start = match.index!;
    if (start < done || inFence(start)) continue;
    const [closing, name] = [match[1] === "/", match[2]!];
    const tag = readTag(text, start + match[0].length);
    if (!tag) continue;
    const span = text.slice(start, tag.end);
    const words = closing ? "" : componentWords(tag, wrapsContent(text, name, tag), lineAlone(text, start, tag.end));
    parts.push(text.slice(done, start), words + span.replace(/[^\n]/g, ""));
    done = tag.end;
    if (!closing && !told.has(name)) told.set(name, diagnose(file, "warning", "mdx-component", componentMessage(name, words), positionAt(text, start)));
  }
  if (!told.size) return { text, diagnostics: [] };
  const read = parts.join("") + text.slice(done);
  return { text: read.replace(MODULE_LINES, (lines) => lines.replace(/[^\n]/g, "")), diagnostics: [...told.values()] };
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
    const key = /^[\w:.-]+/.exec(text.slice(i, i + 80))?.[0];
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
  const words = tag.words.filter((w) => showsWords(w.key, w.value.trim(), false)).map((w) => ({ ...w, value: w.value.trim() }));
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

/** The [start, end) offsets of fenced code blocks, whose text is code, not components. */
function fencedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let offset = 0;
  let open: number | undefined;
  for (const line of text.split("\n")) {
    if (FENCE.test(line)) {
      if (open === undefined) open = offset;
      else (ranges.push([open, offset + line.length]), (open = undefined));
    }
    offset += line.length + 1;
  }
  if (open !== undefined) ranges.push([open, text.length]);
  return ranges;
}

function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

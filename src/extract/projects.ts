import type { Project } from "../resume/schema.js";
import { compact, dateFields } from "./date-fields.js";
import type { Entry } from "./layout/lines.js";
import { readBody, readHead, trimSeparators } from "./entry-parts.js";
import { withScheme } from "./contacts.js";
import { splitKeywords } from "./skill-items.js";
import { trieSource } from "./word-trie.js";
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import entryLabels from "./vocabulary/entry-labels.json" with { type: "json" };
import { entryLabelsOf } from "./vocabulary.js";

/** "[프로젝트 이름]: 쇼핑몰 앱", "Project name: Heron", "【案件名】ECサイト": the label of a project's name, bracketed or not, is no part of it. */
const NAME_LABEL = new RegExp(`^\\s*([\\[【(（]?)\\s*(?:${trieSource(entryLabels.project)})\\s*(?:[\\]】)）]\\s*[:：]?|[:：])\\s*(?=\\S)`, "iu");
const unlabelled = (text: string) => text.replace(NAME_LABEL, "");
/** Whether a line opens with the label of a project's name ("프로젝트명 : …", "项目名称：…", "Project name: …"). */
export const labelsProjectName = (text: string) => NAME_LABEL.test(text);

/** Reads a project: its name (bold lead, title line, or "Name: what it is"), description, link, dates. */
export function toProject(entry: Entry): Project {
  const head = readHead(entry);
  // "### Pitch Avatar" over "**AI · LLM · Avatars**": the heading names the project, the bold line under it is its tagline
  const headed = entry.head[0]!.kind === "subheading" && entry.head[0]!.lead === undefined && head.lead !== undefined;
  // "- **Weather App:** forecasts for…": the colon a bold name closes with leads to what it says, no part of the name
  let name = headed || head.lead === undefined ? undefined : unlabelled(head.lead).replace(/\s*[:：]$/u, "");
  // a project has no place: what read as one ("Python, AST") is one of its phrases
  const written = headed ? [head.parts[0]!, head.lead!, ...head.parts.slice(1)] : head.parts;
  const phrases = head.location ? [...written, head.location] : written;
  // "[wren](…) | Parses logs", "[wren](…) – parses logs": with no bold name, a link the header starts with names the project
  const linkName = name ? undefined : head.links.find((l) => l.text && trimSeparators(phrases[0] ?? "").startsWith(l.text))?.text;
  const parts = phrases.map((p) => head.links.reduce((t, l) => (l.text && t.includes(l.text) && l.text !== (name ?? linkName) ? t.replace(l.text, "") : t), p)).map(trimSeparators).filter(Boolean);
  if (!name) {
    const first = unlabelled(parts.shift() ?? "");
    // a bullet names its project before a colon or a dash; a heading only before a dash ("Heron — a log shipper")
    const named = (entry.head[0]!.kind === "bullet" ? /^([^:–—]{2,60}?)\s*(?::|\s[–—]\s|\s-\s)\s*(.+)$/ : /^(.{2,60}?)\s+[–—-]\s+(.+)$/).exec(first);
    if (linkName && first !== linkName && first.startsWith(linkName)) {
      name = linkName;
      parts.unshift(trimSeparators(first.slice(linkName.length)));
    } else if (named && first !== linkName) {
      name = named[1]!;
      parts.unshift(named[2]!);
    } else name = first;
    const cut = cutName(name);
    name = cut.name;
    if (cut.tail) parts.unshift(cut.tail);
    // "国家电力访客管理系统, 后端开发", "Weather Hub, Backend Developer": the part the project was played, after its last comma
    const role = /^(.+?)\s*[,，]\s*([^,，]{2,40})$/u.exec(name);
    if (role && roleLean(weighPhrase(role[2]!)) > 0.5) {
      name = role[1]!;
      parts.unshift(role[2]!);
    }
  }
  // "**2018**" over "<i>Tern:</i> Co-founder of the reading group…": under a header of dates alone, the styled label
  // that opens the text names the project
  if (!name) name = styledLabel(entry.body[0]);
  const tagLine = entry.body.find((l) => l.kind === "text" && readKeywordLine(l.text));
  const body = readBody(entry.body.filter((l) => l !== tagLine));
  // "Pipeline Linter | Python, AST | github.com/jcarter/plint": the header's stack and address
  const stackAt = name ? parts.findIndex(isStack) : -1;
  const tags = [...(tagLine ? readKeywordLine(tagLine.text)! : []), ...(stackAt >= 0 ? splitKeywords(parts.splice(stackAt, 1)[0]!) : [])];
  const addressAt = head.links.length ? -1 : parts.findIndex((p) => BARE_ADDRESS.test(p));
  const address = addressAt >= 0 ? parts.splice(addressAt, 1)[0] : undefined;
  const url = head.links.find((l) => /^https?:/.test(l.url))?.url ?? (address && withScheme(address));
  const urlText = head.links.find((l) => l.url === url)?.text;
  const description = [...parts, ...(body.summary ? [body.summary] : [])].join("\n");
  return compact({
    name,
    description: description || undefined,
    ...dateFields(head.dates),
    url,
    // the link text is kept when it is neither the address itself nor the name, so no word of the source is lost
    keywords: [...tags, ...(urlText && urlText !== name && !url?.includes(urlText.replace(/^https?:\/\//, "")) ? [urlText] : [])],
    highlights: body.highlights,
  });
}

/**
 * "01. Heron" → "Heron", "Marten (Rust, Tokio)" → "Marten" and "(Rust, Tokio)":
 * numbering only orders the list, and a parenthetical after a name is its
 * stack or a note, kept in the description.
 */
function cutName(text: string): { name: string; tail?: string } {
  // "Bus reservation system:" over its dates: the colon leads to them, it is no part of the name
  const name = text.replace(/^(?:#?\d{1,3}[.)]?|\(\d{1,3}\))\s+(?=\S)/, "").replace(/\s*[:：]$/, "");
  const paren = /^(.+?)\s*(\([^()]+\))$/.exec(name);
  return paren ? { name: paren[1]!, tail: paren[2]! } : { name };
}

/** The bold or italic run a line opens with, closed by a colon ("*Heron:* a log shipper"): a name and no sentence. */
function styledLabel(line: Entry["body"][number] | undefined): string | undefined {
  const run = line?.spans?.[0];
  if (!run || !(run.strong || run.emphasis) || !line!.text.startsWith(run.text)) return undefined;
  const label = /^(.{2,60}?)\s*[:：]\s*$/u.exec(run.text) ?? (/^\s*[:：]/u.test(line!.text.slice(run.text.length)) ? /^(.{2,60})$/u.exec(run.text.trim()) : null);
  // "*Client:* Harbor Shipping", "*Funded by:* …", "*Tools used:* …": a field's label, not the project's name
  return label && !FIELD_LABELS.has(label[1]!.trim().toLowerCase()) ? label[1]!.trim() : undefined;
}

const FIELD_LABELS = entryLabelsOf("position", "name", "dates", "start", "school", "degree", "city", "country", "supervisor", "duties", "detail", "project");

const BARE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S+$/;

/** "Python, AST", "React, Node.js, PostgreSQL": short names, comma-separated, no sentence. */
function isStack(text: string): boolean {
  const items = splitKeywords(text);
  return items.length >= 2 && !/[.!?]$/.test(text) && items.every((k) => k.length <= 25 && k.split(/\s+/).length <= 3 && /^[\p{Lu}\d.#+]|^[a-z][\w.+#-]*$/u.test(k));
}

/**
 * A bare line of tags under a project: three or more short phrases ("LLM
 * Serving, CUDA Graphs, Cold Start"), never a sentence. Labelled ones ("Tech:
 * React, Go") are field lines, read before the project is.
 */
function readKeywordLine(text: string): string[] | undefined {
  const items = splitKeywords(text);
  if (items.length < 3 || /[.!?]$/.test(text)) return undefined;
  return items.every((k) => k.length <= 30 && k.split(/\s+/).length <= 4) ? items : undefined;
}

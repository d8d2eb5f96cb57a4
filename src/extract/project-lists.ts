import type { SourceLine } from "../parse/source-line.js";
import columns from "./vocabulary/project-columns.json" with { type: "json" };
import { hasDate, isSentence, isTitleLike, type Entry, type SplitEntries } from "./layout/lines.js";
import { splitEntries } from "./layout/split-entries.js";
import { readTableHeader } from "./table-header.js";

const NAME_COLUMNS = new Set(Object.values(columns.names).flat());

/** "Name: what it is", "Name – what it is", ":Name: what it is" (a reStructuredText field): a line that names its item first. */
const NAMED = /^:?([^:–—]{2,50}?)(?::|\s[–—-])\s+\S/u;

/** How a bullet names a project: by a leading link or a bold name before a dash (strong), by "Name: …" (weak), or not at all. */
function nameKind(l: SourceLine): "strong" | "weak" | undefined {
  if (l.links.some((k) => k.text && l.text.startsWith(k.text))) return "strong";
  // "**Stack:** React" labels a field of one project; "**quill** — a linter" names one
  if (l.lead && l.text.startsWith(l.lead) && !/[:：]\s*$/.test(l.lead) && !/^\s*[:：]/.test(l.text.slice(l.lead.length))) return "strong";
  return weakName(l) ? "weak" : undefined;
}

/** The name of a "Name: what it is" bullet, lower case; a few words, with more than an address after it. */
function weakName(l: SourceLine): string | undefined {
  const m = NAMED.exec(l.text);
  const after = m ? l.text.slice(m[0].length - 1) : "";
  return m && m[1]!.trim().split(/\s+/).length <= 4 && !/^\S+$/.test(after.trim()) ? m[1]!.trim().toLowerCase() : undefined;
}

const topBullets = (entry: Entry) => entry.body.filter((l) => l.kind === "bullet" && l.depth === 0);

/**
 * True when an entry's bullets are projects of their own and its header only
 * groups them ("### Personal open source" over "- **[tool](…)** — what it
 * does"): two or more bullets led by a link or a bold name, or three or more
 * "Name: …" bullets whose names no other entry uses (a label that recurs,
 * "Stack:", "Result:", names the fields of each project), and such bullets
 * two thirds of all; never under a dated header.
 */
function isUmbrella(entry: Entry, labels: ReadonlySet<string>): boolean {
  const bullets = topBullets(entry);
  // a dated header is one project's (sb2nov's "Name / Client / dates" over "◦ Task: what was done"): a heading that
  // groups projects dates none of them
  const first = entry.body.indexOf(bullets[0]!);
  if ([...entry.head, ...entry.body.slice(0, Math.max(first, 0))].some(hasDate)) return false;
  const kinds = bullets.map((b) => {
    const kind = nameKind(b);
    return kind === "weak" && labels.has(weakName(b)!) ? undefined : kind;
  });
  const strong = kinds.filter((k) => k === "strong").length;
  const named = kinds.filter(Boolean).length;
  if (named * 3 < bullets.length * 2) return false;
  if (strong >= 2) return true;
  // "### [Chest X-Ray Classifier](…/chest-xray)" over "- Test AUC: 0.89, …" and "- Full evaluation: ROC curve, …": a
  // heading that is wholly the link to one project names that project; "Label: …" bullets under it say what it did
  const [top] = entry.head;
  if (top?.kind === "subheading" && top.links.some((k) => k.text.trim() === top.text.trim())) return false;
  const names = bullets.map(weakName).filter(Boolean);
  return named >= 3 && new Set(names).size === names.length;
}

/** The "Label:" names that lead bullets in two or more entries: field labels, not project names. */
function recurringLabels(entries: readonly Entry[]): Set<string> {
  const seen = new Map<string, number>();
  for (const e of entries) for (const name of new Set(topBullets(e).map(weakName).filter(Boolean))) seen.set(name!, (seen.get(name!) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 2).map(([name]) => name));
}

/** Each bullet of an umbrella, with the lines nested under it, as an entry. */
function bulletEntries(entry: Entry): Entry[] {
  const out: Entry[] = [];
  for (const l of entry.body) {
    if (l.kind === "bullet" && l.depth === 0) out.push({ head: [l], body: [], position: l.position });
    else out.at(-1)?.body.push(l);
  }
  return out;
}

/**
 * A line alone that names nothing: a lead-in ("Few of my projects are listed
 * below:") or a sentence with no name before it ("I wrote a library for text
 * cleaning."). Projects are named entries, so such lines are the section's prose.
 */
function isUnnamed(entry: Entry): boolean {
  const [line, ...more] = [...entry.head, ...entry.body];
  if (more.length || line!.lead !== undefined || line!.links.length || line!.kind === "subheading" || line!.kind === "row") return false;
  const text = line!.text.trim();
  const words = text.split(/\s+/).length;
  // "Text Cleaner:" over its description names a project; a lead-in is a clause
  // "開発では「自動化」…を常に意識し、運用に活かせる知見を蓄積": CJK prose has no spaces to count words by
  return (/[:：]$/.test(text) && words >= 4) || (/[.!?。]$/.test(text) && words >= 8 && !NAMED.test(text)) || (words < 3 && isSentence(text));
}

/**
 * Splits a projects section into entries, then replaces each heading that
 * only groups named bullets by the bullets themselves; lines above the
 * first of its bullets (an intro to the group) are left loose.
 */
export function splitProjects(written: readonly SourceLine[], sourceLines: readonly string[] = []): SplitEntries {
  const lines = namesBeforeDescriptions(nameColumnFirst(written, sourceLines));
  const split = paragraphEntries(lines) ?? splitEntries(lines);
  const { entries, loose } = { entries: withBulletsUnderNamedLines(withTablesInside(withDefinitions(split.entries))), loose: split.loose };
  const labels = recurringLabels(entries);
  const out: Entry[] = [];
  const rest = [...loose];
  for (const entry of entries) {
    if (isUnnamed(entry)) {
      rest.push(...entry.head, ...entry.body);
      continue;
    }
    // a lone heading over "Label: …" bullets is one project with its fields
    if (!isUmbrella(entry, entries.length > 1 ? labels : new Set(topBullets(entry).map(weakName).filter((n): n is string => !!n)))) {
      out.push(entry);
      continue;
    }
    const first = entry.body.findIndex((l) => l.kind === "bullet" && l.depth === 0);
    // the heading and any intro above the bullets are kept with the section's other loose lines
    rest.push(...entry.head, ...entry.body.slice(0, first));
    out.push(...bulletEntries(entry));
  }
  return { entries: out, loose: rest };
}

/**
 * Plain paragraphs, one project each: "Heron | Go, NATS" over a line or two
 * of description, a blank line between projects (text taken from a PDF
 * marks nothing else). Undefined unless the section is only such text, in
 * two or more paragraphs, each opening with a title-like line and most
 * with a line under it.
 */
function paragraphEntries(lines: readonly SourceLine[]): SplitEntries | undefined {
  if (!lines.length || lines.some((l) => l.kind !== "text" || l.depth > 0 || l.lead !== undefined)) return undefined;
  const groups: SourceLine[][] = [];
  for (const [i, l] of lines.entries()) {
    if (i === 0 || l.gap) groups.push([l]);
    else groups.at(-1)!.push(l);
  }
  const described = groups.filter((g) => g.length >= 2).length;
  if (groups.length < 2 || described * 2 <= groups.length || !groups.every((g) => isTitleLike(g[0]!.text))) return undefined;
  return { entries: groups.map(([head, ...body]) => ({ head: [head!], body, position: head!.position })), loose: [] };
}

/**
 * "Order Hub - A platform for restaurants." over "- Github: …" and "- Built the mail workers": bullets right under a
 * line that names a project and says what it is are that project's links and deeds, not projects of their own,
 * unless they name one ("- **Quill** — a linter", "- Quill: a linter", "- Quill, a linter"). A run of short
 * capitalised bullets ("- Quill" / "- Tern") is a list of names, each its own project. (An undated section is cut at
 * every line.)
 */
function withBulletsUnderNamedLines(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const named = entries[i]!.head[0];
    let end = i + 1;
    while (end < entries.length && isBulletUnder(entries[end]!)) end++;
    const run = entries.slice(i + 1, end);
    const joins = named?.kind === "text" && NAMED.test(named.text) && !/[:：]\s*$/u.test(named.text) && run.length > 0 && readsAsDeeds(run);
    if (!joins) { out.push(entries[i]!); continue; }
    out.push({ ...entries[i]!, body: [...entries[i]!.body, ...run.flatMap((e) => [...e.head, ...e.body])] });
    i = end - 1;
  }
  return out;
}

/** A single bullet line that does not name a project by a link, a bold name or "Name: …" (a line of links alone may). */
function isBulletUnder(e: Entry): boolean {
  const [line, ...more] = e.head;
  return line?.kind === "bullet" && !line.gap && !more.length && (nameKind(line) === undefined || isLinksAlone(line.text));
}

/**
 * Bullets that say what was done or where to find it, not bullets that name projects: "Quill, a Markdown linter" and "Heron (2019), a plotting library" name a project before a comma; a run of bullets
 * that are each a short capitalised name ("Quill", "Tern") lists projects.
 */
function readsAsDeeds(run: readonly Entry[]): boolean {
  const texts = run.map((e) => e.head[0]!.text.trim());
  if (texts.some((t) => NAME_THEN_WHAT.test(t))) return false;
  return !texts.every(isShortName);
}

/** "Quill, a Markdown linter…", "Heron (2019), an …": a capitalised name, perhaps its year, then what it is. */
const NAME_THEN_WHAT = /^\p{Lu}[^\s,]*(?:\s+\p{Lu}[^\s,]*){0,3}(?:\s*\([^)]*\))?,\s+(?:a|an|the)\s/u;

/** One to four capitalised words and no stop: a name, not a deed. */
const isShortName = (t: string) => /^\p{Lu}[^\s]*(?:\s+\p{Lu}[^\s]*){0,3}$/u.test(t) && !/[.!?]$/u.test(t);

/** "Github: http://… ▪ Demo: http://…": web addresses and the labels before them, and nothing else. */
const isLinksAlone = (text: string) => !/\p{L}/u.test(text.replace(/(?:https?:\/\/|www\.)\S+/gu, "").replace(/[\p{L}\s]{1,20}:/gu, ""));

const DEFINITION = /^:\s/;

/** "MagiBot" then ": A Discord bot that…": a definition (pandoc's definition list) describes the term above it, not a project of its own. */
function withDefinitions(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  for (const e of entries) {
    const prev = out.at(-1);
    // a definition wrapped over lines goes on without a blank line
    const continues = prev && prev.body.some((l) => DEFINITION.test(l.text)) && !e.head[0]!.gap;
    if (prev && (DEFINITION.test(e.head[0]!.text) || continues)) out[out.length - 1] = { ...prev, body: [...prev.body, ...e.head, ...e.body] };
    else out.push(e);
  }
  return out;
}

/** Under "### Project" headings, a table (metrics, a stack) belongs to the project above it; rows are projects only in a section of rows. */
function withTablesInside(entries: readonly Entry[]): Entry[] {
  if (!entries.some((e) => e.head[0]!.kind === "subheading")) return [...entries];
  const out: Entry[] = [];
  for (const e of entries) {
    const prev = out.at(-1);
    if (prev && e.head[0]!.kind === "row") out[out.length - 1] = { ...prev, body: [...prev.body, ...e.head, ...e.body] };
    else out.push(e);
  }
  return out;
}

/**
 * "Tidewatch An open-source tool for monitoring Kafka lag." (moderncv's \cvitem as pdftotext writes it, the label
 * set apart from its text by a space only, or by a colon): when every line of the section is a name of up to three capitalised words
 * followed by a sentence, each is cut into the name, a line of its own, and the sentence under it.
 */
function namesBeforeDescriptions(lines: SourceLine[]): SourceLine[] {
  const cuts = lines.map((l) => (l.kind === "text" && l.depth === 0 && !l.lead ? nameBeforeSentence(l.text) : undefined));
  if (lines.length < 2 || !cuts.every(Boolean)) return lines;
  return lines.flatMap((l, i) => {
    const at = cuts[i]!;
    return [
      { ...l, text: l.text.slice(0, at).replace(/:\s*$/, "").trim(), gap: true, links: [] },
      { ...l, text: l.text.slice(at).trim(), gap: false },
    ];
  });
}

/** Where the sentence after a name of one to three capitalised words begins ("Quill Notes A note-taking API…", "Sparrow: A feature store…"). */
function nameBeforeSentence(text: string): number | undefined {
  const labelled = /^((?:[\p{Lu}\d][\p{L}\d.+#'’-]*\s?){1,3}):\s+(?=\p{Lu})/u.exec(text);
  if (labelled && isSentence(text.slice(labelled[0].length))) return labelled[0].length;
  if (/[:|–—]|\s-\s/.test(text)) return undefined;
  const words = text.split(" ");
  for (let k = 1; k <= 3 && k + 1 < words.length; k++) {
    if (!/^[\p{Lu}\d]/u.test(words[k - 1]!)) return undefined;
    if (/^\p{Lu}\p{Ll}*$/u.test(words[k]!) && /^\p{Ll}/u.test(words[k + 1]!) && isSentence(words.slice(k).join(" "))) return words.slice(0, k).join(" ").length;
  }
  return undefined;
}

/**
 * "| 2021 | Heron | Go |" under "| Year | Project | Stack |": the cell under
 * the column that names the projects moves first, where an entry's header
 * names it.
 */
function nameColumnFirst(lines: readonly SourceLine[], sourceLines: readonly string[]): SourceLine[] {
  const firstRow = lines.find((l) => l.kind === "row" && l.cells);
  const header = firstRow && readTableHeader(firstRow, sourceLines);
  const at = header?.findIndex((h) => NAME_COLUMNS.has(h.toLowerCase())) ?? -1;
  if (at <= 0) return [...lines];
  return lines.map((l) => {
    if (l.kind !== "row" || !l.cells || l.cells.length !== header!.length) return l;
    const cells = [l.cells[at]!, ...l.cells.filter((_, i) => i !== at)];
    return { ...l, cells, text: cells.filter(Boolean).join(" | ") };
  });
}

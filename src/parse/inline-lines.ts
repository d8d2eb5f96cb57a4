import type { InlineToken, Style } from "./inline-tokens.js";
import type { Link, Span } from "./source-line.js";
import { tidySpaces } from "./normalize.js";
import { tidySpans } from "./tidy-spans.js";
import { isDateOnly, isSentence, startsWithDate, writtenAsText } from "../extract/layout/lines.js";
import { findDates } from "../extract/dates.js";

/** One visual line of a paragraph: its text, the bold text it starts with, its links and styled runs. */
export interface InlineLine {
  text: string;
  lead?: string;
  links: Link[];
  spans?: Span[];
  line: number;
  /** True when a soft line break (not `<br>` or two trailing spaces) started it. */
  soft: boolean;
  /** True for a definition of a definition list (`: text` under its term), the marker removed. */
  definition?: boolean;
  /** The number a heading is given in the CV's outline ("1.", "2.1"), taken off its text. */
  outline?: string;
}

interface Builder {
  text: string;
  runs: Span[];
  strongStart?: number;
  lead?: string;
  links: Link[];
  line: number;
  soft: boolean;
  definition?: boolean;
  /** The line ended inside a bold run that goes on below (`<summary>Engineer at\n<a>Acme</a></summary>`); true when the run began the line. */
  boldGoesOn?: { fromStart: boolean };
}

/** The marker pandoc and PHP Markdown Extra put before a definition; CommonMark leaves it in the paragraph's text. */
const DEFINITION = /^[ \t]*:[ \t]+/;

/**
 * Splits a token stream into lines. Soft-wrapped lines of prose are joined
 * again; a soft break is kept when the next line starts with bold text, which
 * is how lists of `<b>Title</b> …` entries are written without blank lines,
 * when the next line is a short field of its own (a venue, a date, a place),
 * and before a definition (`: text`).
 */
export function buildInlineLines(tokens: readonly InlineToken[], firstLine: number): InlineLine[] {
  const lines: Builder[] = [];
  let cur: Builder = { text: "", runs: [], links: [], line: firstLine, soft: false };
  let linkStart = -1;
  let linkUrl: string | undefined;
  let strongDepth = 0;
  const newLine = (soft: boolean) => {
    if (strongDepth > 0 && cur.strongStart !== undefined) cur.boldGoesOn = { fromStart: !cur.text.slice(0, cur.strongStart).trim() };
    lines.push(cur);
    cur = { text: "", runs: [], links: [], line: cur.line + 1, soft };
    if (strongDepth > 0) cur.strongStart = 0;
  };
  const append = (part: string, style: Style) => {
    if (!cur.text.trim() && DEFINITION.test(part) && cur.definition === undefined) {
      cur.definition = true;
      part = part.replace(DEFINITION, "");
    }
    cur.text += part;
    cur.runs.push({ text: part, ...style });
  };
  for (const t of tokens) {
    if (t.type === "text") {
      const parts = t.value.split("\n");
      parts.forEach((part, i) => {
        // the line end right after a `<br>` ends no line of its own: what follows still starts a new one
        if (i > 0 && !cur.soft && !cur.text.trim()) cur.line += 1;
        else if (i > 0) newLine(true);
        else if (t.line !== undefined && !cur.text) cur.line = t.line;
        append(part, t.style);
      });
    } else if (t.type === "break") newLine(false);
    else if (t.type === "strong") {
      if (t.open && strongDepth++ === 0) cur.strongStart = cur.text.length;
      if (!t.open && strongDepth > 0 && --strongDepth === 0 && cur.strongStart !== undefined) {
        if (cur.lead === undefined && !cur.text.slice(0, cur.strongStart).trim()) cur.lead = tidySpaces(cur.text.slice(cur.strongStart));
        cur.strongStart = undefined;
      }
    } else if (t.open) {
      linkStart = cur.text.length;
      linkUrl = t.url;
    } else if (linkUrl !== undefined && linkStart >= 0) {
      cur.links.push({ text: tidySpaces(cur.text.slice(linkStart)), url: linkUrl });
      linkUrl = undefined;
    }
  }
  lines.push(withoutClosingBreak(cur));
  return mergeSoftLines(lines);
}

/**
 * "+1 555 0100\" ⏎ "<https://example.org/in/jdoe>\": the backslash that breaks each line of a paragraph is left as
 * text after its last, where CommonMark breaks no line; it is the writer's break all the same, not part of the value.
 */
function withoutClosingBreak(line: Builder): Builder {
  const last = line.runs[line.runs.length - 1];
  if (!last || !/(?<!\\)\\\s*$/.test(last.text)) return line;
  const text = last.text.replace(/\\\s*$/, "");
  return { ...line, text: line.text.replace(/\\\s*$/, ""), runs: [...line.runs.slice(0, -1), ...(text ? [{ ...last, text }] : [])] };
}

function mergeSoftLines(lines: Builder[]): InlineLine[] {
  const out: InlineLine[] = [];
  // the bold run the last line kept ended inside, if any
  let boldGoesOn: Builder["boldGoesOn"];
  for (const l of lines) {
    const text = tidySpaces(l.text);
    const prev = out[out.length - 1];
    if (!text) continue;
    const spans = tidySpans(l.runs, text);
    // "**Senior Data Engineer at" / "[DAIN Studios](…)**": a bold run broken mid-phrase, as pretty-printed HTML breaks a
    // `<summary>`, is one phrase: the line under goes on with it, and the whole run leads the line it makes
    const boldJoins = boldGoesOn !== undefined && l.lead !== undefined;
    const lastBold = boldGoesOn;
    boldGoesOn = l.boldGoesOn;
    if (prev && l.soft && !l.definition && (l.lead === undefined || boldJoins) && prev.lead === undefined && continuesSoftLine(prev.text, text)) {
      if (boldJoins && lastBold?.fromStart) prev.lead = `${prev.text} ${l.lead}`;
      // a line that opens on a gap (an icon before each contact link) stays a separate phrase
      const joint = /^[ ]*\t/.test(l.text) ? "\t" : " ";
      if (prev.spans || spans) prev.spans = [...(prev.spans ?? [{ text: prev.text }]), { text: joint }, ...(spans ?? [{ text }])];
      prev.text = `${prev.text}${joint}${text}`;
      prev.links.push(...l.links);
      continue;
    }
    const line: InlineLine = { text, lead: l.lead || undefined, links: l.links, line: l.line, soft: l.soft };
    if (spans) line.spans = spans;
    if (l.definition) line.definition = true;
    out.push(line);
  }
  return out;
}

/**
 * "… | Kestrel University (Sept. 2025 - Dec. 2026)", "…, Acme, 2019–2021": a line of names, no sentence, whose last
 * words are its span. (A year alone closes an author list and a citation's line as often: "Vale, J., and Roe, A. (2019)".)
 */
function endsWithDates(text: string): boolean {
  const last = findDates(text).pop();
  if (!last || !last.range || last.index === 0 || isSentence(text)) return false;
  return /^[\s)）\]_*.]*$/u.test(text.slice(last.index + last.length));
}

/** A short line of capitalised words and the small words names hold ("Bank of America", "Nubank"): a name, not prose. */
const namesAlone = (text: string) => text.split(/\s+/).length <= 8 && !/[.,;:!?]$/.test(text) && /^[\p{Lu}\p{N}(&]/u.test(text) && !writtenAsText(text);

/** Words a wrapped line of prose ends on when its sentence goes on below. */
const OPEN_END = /(?:\b(?:a|an|the|of|for|and|or|to|in|on|at|by|with|from|into|via|as|than|its|their|our|my|is|are|was|were|that|which|using|including)|[,;:&+/\-–—(])$/i;

/** "role: Engineer", "date: 2024.07–2024.09": one word or two of a label, a colon, and its value. */
const LABELLED_FIELD = /^\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?\s?[:：]\s*\S/u;

/**
 * True when a soft-wrapped `next` line goes on with the sentence of `prev`.
 * A short line under an unfinished-looking one is a field written on its own
 * line ("NSDI 2026", "Jan 2020 – Present", "Seattle, WA"), as entries in a
 * list are usually laid out; a lower-case start or an open end means prose.
 */
function continuesSoftLine(prev: string, next: string): boolean {
  // "tom@becker.dev · +49 170 1234567" under a header line starts a line of its own, lower case or not
  if (/^\S+@\S+\.\w|^(?:https?:\/\/|www\.)|^\+\d/.test(next)) return false;
  // "- item" inside a paragraph is a bullet written on a lazy continuation line (under a definition, say)
  if (/^[-*+•] /.test(next)) return false;
  // "role: 数据分析实习生" over "date: 2024.07–2024.09": labelled lines one under another are fields, in lower case too
  if (LABELLED_FIELD.test(prev) && LABELLED_FIELD.test(next)) return false;
  // "08/2018 - Ongoing" over "acme.example", "remote", "(contract)": a closed span alone on its line is a field, and
  // what a job's page writes under it (its site, its place) one too, whatever its case; only "2019 –" goes on below
  if (isDateOnly(prev) && !OPEN_END.test(prev)) return false;
  // "| GitHub: …", "· Berlin": a line that opens on a separator goes on with the fields above it
  if (OPEN_END.test(prev) || /^[\p{Ll}(]/u.test(next) || /^[|·,&/] /.test(next)) return true;
  // "Nov 2020 -- Present" over "Working closely with…": dates alone on their line are a field, not a sentence's start
  if (isDateOnly(prev)) return false;
  // "2001 — Title of Docent, University of Helsinki." over "2000 — PhD in Social Sciences, …": lines that each open with
  // their year are a list of dated items, one a line
  if (startsWithDate(prev) && startsWithDate(next) && /^(?:19|20)\d{2}/.test(next)) return false;
  // "M.S. Embedded Systems | Kestrel University (2025 - 2026)" over "B.S. Physics | Harbor University (2018 - 2022)":
  // lines that each close on their dates are dated items one a line too, as a list whose bullets were taken out is
  if (endsWithDates(prev) && endsWithDates(next)) return false;
  // "National Institute of Software Engineering (INES)" over "While working there I…": a name on a line of its own,
  // as is "Ivy Tang" over "952 Waltham Street, Lexington, MA | +1 781…", the header's line of address and contacts
  if (/^[\p{Lu}\p{N}]/u.test(next) && namesAlone(prev)) return false;
  if (/^[\p{Lu}][\p{L}]*(?:\s[\p{L}]+){0,2}\s?[:：]\s/u.test(next)) return false;
  const short = next.length <= 50 && next.split(/\s+/).length <= 7;
  if (!short) return true;
  // a sentence finishing on a short line ("…on the Cloud TPU\nPlatform.") is prose; a dated one is a venue
  return /[.!?]$/.test(next) && !/[.!?]$/.test(prev) && !/\b(19|20)\d{2}\b/.test(next);
}

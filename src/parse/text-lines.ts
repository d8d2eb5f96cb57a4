/**
 * Reads raw plain-text lines: what each physical line is (blank, rule, bullet,
 * text) before headings are found and wrapped lines are joined.
 */
import { namesEntryHead } from "./dotted-entry-heads.js";

export type RawKind = "blank" | "bar" | "rule" | "bullet" | "text" | "skip";

export interface RawLine {
  /** "skip" marks a line that is not CV text (a page number, a directive, an adornment already read). */
  kind: RawKind;
  /** The content without bullet marker and outer whitespace. */
  text: string;
  /** The physical line, for measuring how wide the source wraps. */
  raw: string;
  line: number;
  column: number;
  indent: number;
  /** True on the first line of a page of a PDF's text (pdftotext puts a form feed there). */
  pageStart?: boolean;
}

/**
 * Bullet markers: dashes, stars, dots, arrows, and numbers such as "1.", "(2)"
 * (but not the area code of "(402) 555-0182", "(48) 98407-9002") or a designer's "03 Title …"
 * (but not the day of "05 Aug 2024"); a glyph no word starts with needs no
 * space after it ("•Designed", Japanese "・決済基盤の開発"); Word's plain-text export marks deeper levels
 * "o" and "§" before a tab.
 */
const BULLET = /^(?:([-*+•–·▪◦●○■□➢►▸✓✔❖◆◇➤→]␣?|(?:\d{1,3}[.)]|\(\d{1,3}\))(?!\s*\d{3,5}[-.\s]\d{3,4}\b)|0[1-9](?=\s+\p{Lu}\S*\s+(?!\d))|[o§](?=\t| {2,}))\s+(?=\S)|[•▪●■➢►▸✓✔❖◆➤・](?=\p{L}))/u;
/** What BULLET can start with, tested first because most lines are not bullets and BULLET is slow to fail. */
const BULLET_START = /^[-*+•–·▪◦●○■□➢►▸✓✔❖◆◇➤→・\d(o§]/u;
/** A bullet glyph that pdftotext left alone on its line, its text on the next one or elsewhere. */
const LONE_GLYPH = /^[•·▪◦●○■□➢►▸✓✔❖◆◇➤→]$/u;
const BAR = /^\|$/;
/** A line drawn of one character: "-----", "=====", and the dotted "......" or "·····" some set under a title. */
const RULE = /^([=\-_~*#^+`:'".·…])\1{2,}$/u;
/** Checked first, so that only lines that may be rules lose their spaces to be matched against RULE. */
const RULE_START = /^[=\-_~*#^+`:'".·…]/u;
/**
 * A leader: dashes or dots drawn from one column to the next of a fixed-width
 * line ("Acme Inc. ----------- Boston, MA", "Engineer.........2019-2021"),
 * where others leave spaces: four or more between spaces, six or more where
 * they touch a word, as prose's "so on.... and" never does.
 */
const LEADER = /(?<=[^\s|])(?:[ \t]+(?:-{4,}|\.{4,}|_{4,}|·{4,})[ \t]+|[ \t]*(?:-{6,}|\.{6,}|_{6,}|·{6,}|…{4,})[ \t]*)(?=[^\s|.\-_·…])/gu;

/** Classifies every physical line of a plain-text source. */
export function readRawLines(text: string): RawLine[] {
  const lines = text.split("\n").flatMap((line, i): RawLine[] => {
    const pageStart = line.startsWith("\f");
    const leadered = withoutLeaders(withoutIcons(withoutIconStyle(line.replace(/\f/g, "")))).trimEnd();
    // a cheap look at the line's end first, which most lines fail
    const dotted = leadered.endsWith(". .") && DOTTED_TITLE.test(leadered);
    // "Acme Co.. . . . .", "Research Grant. . . . .": the dots a banking entry's head runs on to the line's end are no part of it
    const raw = leadered.endsWith(". .") ? leadered.replace(TRAILING_DOTS, "") : leadered;
    const parts = splitItems(raw).map((part) => {
      const indent = part.length - part.trimStart().length;
      return readLine(part.slice(indent), part, i + 1, indent);
    });
    // items split from one line are siblings, whatever their place on it
    for (const l of parts) l.indent = parts[0]!.indent;
    if (pageStart) parts[0]!.pageStart = true;
    if (dotted && !namesEntryHead(leadered)) parts[0]!.kind = "skip";
    return parts;
  });
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (l.kind !== "text" || !LONE_GLYPH.test(l.text)) return;
    // glyphs alone over a blank line or over each other (moderncv's banking style sets a list's markers apart from
    // its items, "○" / "○" / blank / the items) mark nothing that can be told
    l.kind = "skip";
    if (next?.kind === "text" && !LONE_GLYPH.test(next.text)) next.kind = "bullet";
  });
  return lines;
}

/** A LaTeX list item as pdftotext writes it, the glyph followed by a visible space: "○␣ Welding". */
const BOXED_ITEM = /(?<=\S)\s+(?=[•·▪◦●○■□➢►▸]␣\s)/u;

/**
 * Two columns of such items come out side by side on one line, "○␣ Welding
 * ○␣ Cutting": each is a bullet. The parts keep their place on the line.
 */
function splitItems(raw: string): string[] {
  if (!raw.includes("␣") || !BOXED_ITEM.test(raw)) return [raw];
  const parts: string[] = [];
  let rest = raw;
  let offset = 0;
  for (let m = BOXED_ITEM.exec(rest); m; m = BOXED_ITEM.exec(rest)) {
    const end = m.index + m[0].length;
    parts.push(" ".repeat(offset) + rest.slice(0, m.index));
    offset += end;
    rest = rest.slice(end);
  }
  return [...parts, " ".repeat(offset) + rest];
}

/**
 * "○[regular]": Font Awesome 5's style option ("[regular]", "[solid]") after a list marker, which LaTeX prints as text
 * where an older icon package also loaded takes the command (moderncv's markers, `\faCircle[regular]`). It is the
 * glyph's setting, no word of the item; the marker stays.
 */
const ICON_STYLE = /(?<=[•·▪◦●○■□➢►▸✓✔❖◆◇➤→])\[(?:regular|solid|brands|light)\]/gu;

function withoutIconStyle(line: string): string {
  return line.includes("]") ? line.replace(ICON_STYLE, "") : line;
}

/** An icon font's glyph (a private-use character in a PDF's text, "" before an e-mail) is no word. */
const ICON = /[\uE000-\uF8FF]/u;

function withoutIcons(line: string): string {
  if (!ICON.test(line)) return line;
  // at the start, spaces take the icons' place, so that columns stay where the source has them
  return line.replace(/^[\s\uE000-\uF8FF]+/u, (lead) => " ".repeat(lead.length)).replace(/\s*[\uE000-\uF8FF]+\s*/gu, " ");
}

/**
 * A title with spaced dots run on to the line's end ("Vocational. . . . . . .", "1. Tools. . . . . ."): moderncv's banking style sets its
 * sub-sections so. It only groups the entries under it and names nothing of theirs, yet set right over an entry's
 * head it would be read as that head's first line.
 */
const TRAILING_DOTS = /(?<=\p{L}\.?)\.(?: \.){4,} *$/u;
const DOTTED_TITLE = /^\s*(?:\d{1,2}\.\s+)?\p{L}[^.]{0,50}(?<=\p{L})\.(?: \.){4,} *$/u;

/** Leaders become the spaces of a column gap, as wide as they were, so that columns stay where the source has them. */
function withoutLeaders(line: string): string {
  if (!/[-._·…]{2}/u.test(line)) return line;
  return line.replace(LEADER, (leader) => " ".repeat(Math.max(leader.length, 3)));
}

/**
 * AsciiDoc's block anchor ("[[experience]]", "[[jobs,Jobs]]") over a title or a block names it for links: no word of
 * the CV, and no line the title under it continues.
 */
const BLOCK_ANCHOR = /^\[\[[\p{L}\d_:.-]+(?:,[^\]]*)?\]\]$/u;

function readLine(body: string, raw: string, line: number, indent: number): RawLine {
  // literals of one shape, not spreads: a 1 MB CV has tens of thousands of lines
  if (!body) return { kind: "blank", text: "", raw, line, column: 1, indent };
  if (body.startsWith("[[") && BLOCK_ANCHOR.test(body)) return { kind: "skip", text: body, raw, line, column: indent + 1, indent };
  if (BAR.test(body)) return { kind: "bar", text: body, raw, line, column: indent + 1, indent };
  if (RULE_START.test(body) && RULE.test(body.replace(/\s+/g, ""))) return { kind: "rule", text: body, raw, line, column: indent + 1, indent };
  const bullet = BULLET_START.test(body) ? BULLET.exec(body) : null;
  if (bullet) return { kind: "bullet", text: body.slice(bullet[0].length), raw, line, column: indent + bullet[0].length + 1, indent };
  return { kind: "text", text: body, raw, line, column: indent + 1, indent };
}

/** A blank line at `l`'s place, to set apart lines moved beside it (a cell under its head, a footer under the name). */
export function blankLineAt(l: RawLine): RawLine {
  return { kind: "blank", text: "", raw: "", line: l.line, column: 1, indent: 0 };
}

import { findDates } from "../extract/dates.js";
import { monthOf } from "../extract/month-names.js";
import words from "../extract/vocabulary/dates.json" with { type: "json" };
import type { RawLine } from "./text-lines.js";

/** A year, maybe with the dash that goes on to the range's end ("2022–"). */
const YEAR = /^(?:19|20)\d\d[–—-]?,?$/;
const DASH = /^[–—-]$/;
/** "to", "until", "bis", "au": the words that join a range's two ends, as its dash does. */
const RANGE_WORDS = new Set(words.separators.words.map((w) => w.toLowerCase()));
/**
 * A line or cell that is only a range's joining word: a date column stacks "August 2018" / "to" / "Current" (the
 * Plasmati CV's r|p longtable), where a wider column sets "August 2018 to Current" on one line.
 */
export const isRangeWord = (text: string) => RANGE_WORDS.has(text.trim().toLowerCase());
/** Whether the next piece goes on with a range whose start is already whole: it opens with a dash or is the joining word. */
export const continuesRange = (piece: string) => DASH.test(piece.split(/\s+/)[0]!) || isRangeWord(piece);
/** A list marker that the cut left at the head of the rest: "2022 – ○ Designed …" leaves "○ Designed …". */
const MARKED = /^[•·▪◦●○■□➢►▸✓✔❖◆◇➤→]\s+(?=\S)/u;

interface Fragment {
  /** The words of the date that lead the line, as written ("– July 2025" where the dash was read as a bullet's). */
  text: string;
  /** How many characters of the line's text they take. */
  cut: number;
  /** Whether they are the whole line. */
  whole: boolean;
}

/**
 * A column of dates too narrow for a range with its months written out (moderncv's classic style with
 * "September 2019 -- November 2022") wraps it over three or four lines, and pdftotext sets each piece at the head of
 * the line beside it: "November Backend Engineer, Acme" over "2022 – Designed …", or over "2022 – April" with
 * "2023" alone two lines on, after the description's wrapped lines. Joins the range again at the head of its first
 * line when the pieces make a whole one; a line the pieces leave empty is skipped. Only a start that cannot stand
 * alone is mended (a month without its year, a range open after its dash, a date whose next line begins with a
 * dash), so lines that each begin with a whole date stay as they are.
 */
export function mendWrappedDates(lines: RawLine[]): void {
  lines.forEach((line, i) => {
    if (line.kind !== "text") return;
    const first = leadingFragment(line.text);
    if (!first) return;
    const used: [number, Fragment][] = [[i, first]];
    let text = first.text;
    let j = i + 1;
    while (used.length < 5) {
      const next = nextFragment(lines, j);
      if (isWhole(text) && !(next && continuesRange(next[1].text))) break;
      if (!next) break;
      used.push(next);
      // "Present" over "May 2019": a column that sets a range's end over its start (YAAC's \experience) leads with the
      // word for the present, which cannot start a range; the dash its two lines leave out is put back between them
      const endFirst = used.length === 2 && isPresentWord(first.text) && isWhole(next[1].text);
      text = `${text}${endFirst ? " – " : " "}${next[1].text}`;
      j = next[0] + 1;
    }
    if (used.length < 2 || !isWhole(text)) return;
    for (const [k, f] of used) {
      const l = lines[k]!;
      const rest = l.text.slice(f.cut).trim();
      if (k === i) l.text = `${text} ${rest}`.trim();
      else keepRest(l, rest);
    }
  });
}

/**
 * The piece of a date at the head of the line at `from`, or of a line made of one alone past at most two lines of
 * the description beside it ("2023" under "and enterprises to browse …").
 */
function nextFragment(lines: readonly RawLine[], from: number): [number, Fragment] | undefined {
  for (let k = from; k < lines.length && k <= from + 2; k++) {
    const l = lines[k]!;
    if (l.kind === "skip") continue;
    // "– July 2025 (Hybrid)": the range's dash at the head of the line was read as a list's
    const dashLed = l.kind === "bullet" && k === from && /^[–—-]\s/.test(l.raw.trimStart());
    if (l.kind !== "text" && !dashLed) return undefined;
    const f = leadingFragment(l.text);
    if (f && dashLed) return [k, { ...f, text: `– ${f.text}` }];
    if (f && (k === from || f.whole)) return [k, f];
  }
  return undefined;
}

/** What is left of a line whose date went to the line above: skipped when nothing, a list's item when a marker leads it. */
export function keepRest(l: RawLine, rest: string): void {
  const marked = MARKED.exec(rest);
  l.text = marked ? rest.slice(marked[0].length) : rest;
  l.kind = !rest ? "skip" : marked ? "bullet" : "text";
}

/** The words of a date that lead `text`: month names, years, dashes, and a word for the present standing alone. */
function leadingFragment(text: string): Fragment | undefined {
  // most lines begin with a word that is no piece of a date: they are let go after one look
  if (!isPiece(FIRST_WORD.exec(text)?.[0] ?? "")) {
    return (/^\p{L}{3,12}$/u.test(text) && isPresentWord(text)) || isRangeWord(text) ? { text, cut: text.length, whole: true } : undefined;
  }
  let end = 0;
  for (const w of text.matchAll(/\S+/g)) {
    if (!isPiece(w[0])) break;
    end = w.index + w[0].length;
  }
  return { text: text.slice(0, end), cut: end, whole: end === text.length };
}

const FIRST_WORD = /^\S+/;
export const isPiece = (word: string) => YEAR.test(word) || DASH.test(word) || (word.length >= 3 && monthOf(word.replace(/,$/, "")) !== undefined);

/** A whole date or range: a month with its year, or a range closed by a year or by a word for the present. */
export function isWhole(text: string): boolean {
  const d = findDates(text)[0];
  if (!d || d.index !== 0 || d.length < text.length) return false;
  return d.range ? d.present || d.end !== undefined : /\d$/.test(text);
}

export function isPresentWord(text: string): boolean {
  return findDates(`2000 – ${text}`)[0]?.present === true;
}

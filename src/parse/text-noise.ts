import pageNumbers from "../extract/vocabulary/page-numbers.json" with { type: "json" };
import site from "../extract/vocabulary/site-furniture.json" with { type: "json" };
import { findDates } from "../extract/dates.js";
import { trieSource } from "../extract/word-trie.js";
import { markAsciiDocBlocks } from "./asciidoc-blocks.js";
import { isSiteFooter } from "./site-footer.js";
import type { RawLine } from "./text-lines.js";

/**
 * Marks the lines of a plain-text source that are not CV text as "skip":
 * the page furniture of a PDF's text layer, a website's menu and footer
 * copied with its page, a man page's header and footer,
 * org-mode's `#+KEY:` settings and property drawers, reStructuredText's
 * comments and directive lines, and AsciiDoc's attribute lists and table delimiters. Their words are not the person's: "Page 1 of 2" in an entry would be
 * read as a date or a title. Content inside a directive is kept.
 */
export function markNoise(lines: RawLine[]): { unexported: RawLine[] } {
  markPageFurniture(lines);
  markSiteFurniture(lines);
  markManHeaders(lines);
  markMarkupSettings(lines);
  markAsciiDocBlocks(lines);
  markOrgDrawers(lines);
  return { unexported: markOrgUnexported(lines) };
}

const words = (byLanguage: Record<string, string[]>) => [...new Set(Object.values(byLanguage).flat())].join("|");

/** "Page 1 of 2", "Seite 2 von 3", "2/3", "- 2 -": a page number in any of the shapes word processors print. */
const PAGE_MARKER = new RegExp(`^(?:(?:${words(pageNumbers.page)})\\s+\\d{1,3}(?:\\s*(?:${words(pageNumbers.of)}|/)\\s*\\d{1,3})?|\\d{1,3}\\s*/\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-)$`, "iu");

function markPageFurniture(lines: RawLine[]): void {
  lines.forEach((l, i) => {
    if (l.kind === "blank") return;
    // the whole line, since "- 2 -" reads as a bullet
    if (PAGE_MARKER.test(l.raw.trim())) l.kind = "skip";
    // a bare number is a page number only where a page ends, and so is the day the PDF was made
    else if (endsPage(lines, i) && (/^\d{1,3}$/.test(l.text) || isPrintDate(l.text))) l.kind = "skip";
  });
}

/**
 * "December 5, 2026", "Last updated: 05.12.2026": a day's date alone, maybe after a short label, which LaTeX's
 * \today sets in a CV's footer (Awesome-CV's, moderncv's "last updated"). No entry of a CV is dated to the day alone.
 */
function isPrintDate(text: string): boolean {
  if (!/\d/.test(text) || text.length > 40) return false;
  const dates = findDates(text);
  const d = dates[0];
  if (!d || dates.length !== 1 || d.range || d.start?.length !== 10) return false;
  const rest = text.slice(0, d.index) + text.slice(d.index + d.length);
  // the date alone, or after a label and its colon; a place before it ("München, 05.12.2026") signs the CV
  return /^(?:[\p{L} ]{1,20}[:：])?\s*\.?$/u.test(rest.trim());
}

const NAVIGATION = new Set(Object.values(site.navigation).flat());
/** "Menu Close", "Skip to main content": a line of nothing but a site's menu buttons. */
const CONTROLS = new RegExp(`^(?:(?:${trieSource(site.controls)})(?:\\s+|$))+$`, "iu");

/**
 * "Home   Blog   Projects   CV" over the name, "© 2025 Jane Doe. Built with Hugo." under the last section: the menu
 * and footer a copy of a website's page takes along.
 */
function markSiteFurniture(lines: RawLine[]): void {
  const content = lines.flatMap((l, i) => (l.kind === "blank" || l.kind === "skip" ? [] : [i]));
  // the menu row over the page, or under the site's title ("Jane Doe" over "Home   Blog   Projects   About")
  const menuRow = content.slice(0, 3).find((i) => isMenu(lines[i]!.raw));
  let menu = menuRow !== undefined;
  if (menu) lines[menuRow!]!.kind = "skip";
  // "Menu Close", "Skip to main content" over the page: its menu's buttons, copied as words
  for (const i of content.slice(0, 3)) if (CONTROLS.test(lines[i]!.text.trim())) lines[i]!.kind = "skip";
  // "about" / "publications" / "cv" / "repositories" near the top: a menu set as a column, no sections with nothing in them
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    let end = i;
    // lines of their own, not a list's bullets ("- Research", "- Teaching", "- Writing" under Interests)
    while (end < lines.length && lines[end]!.kind === "text" && NAVIGATION.has(lines[end]!.text.trim().toLowerCase())) end++;
    if (end - i >= 3) {
      for (let k = i; k < end; k++) lines[k]!.kind = "skip";
      menu = true;
    }
    i = Math.max(i, end);
  }
  for (const i of content.slice(-2)) if (isSiteFooter(lines[i]!.text, { withMenu: menu })) lines[i]!.kind = "skip";
}

/** Three or more of a website's menu words, set apart by tabs, wide gaps, bars or dots, and nothing else. */
function isMenu(raw: string): boolean {
  const items = raw.trim().split(/\t+|\s{2,}|\s+[|·•/]\s+/);
  return items.length >= 3 && items.every((item) => NAVIGATION.has(item.trim().toLowerCase()));
}

function endsPage(lines: readonly RawLine[], i: number): boolean {
  const next = nextContent(lines, i + 1, 1);
  return next === undefined || lines.slice(i + 1, next + 1).some((l) => l.pageStart);
}

function nextContent(lines: readonly RawLine[], from: number, step: 1 | -1): number | undefined {
  for (let j = from; j >= 0 && j < lines.length; j += step) if (lines[j]!.kind !== "blank" && lines[j]!.kind !== "skip") return j;
  return undefined;
}

/** "Jane Doe(1)   USER COMMANDS   Jane Doe(1)": the page name a man page sets at the top and bottom. */
const MAN_HEADER = /^(\S.*?\(\d\w*\))\s{2,}.*?\s{2,}\1$/u;

function markManHeaders(lines: RawLine[]): void {
  // the cheap test first: MAN_HEADER backtracks over a whole line, and only a man page's header ends in "(1)"
  const header = lines.find((l) => l.kind === "text" && l.text.endsWith(")") && MAN_HEADER.test(l.text));
  if (!header) return;
  const name = MAN_HEADER.exec(header.text)![1]!;
  for (const l of lines) if (l.kind === "text" && /\s{2,}/.test(l.text) && (l.text.endsWith(name) || l.text.startsWith(name))) l.kind = "skip";
}

/** An org-mode drawer's first line (":PROPERTIES:", ":LOGBOOK:") and its last (":END:"), each alone on its line. */
const DRAWER_OPEN = /^:(?!END:)[A-Za-z][\w-]*:$/;
const DRAWER_END = /^:END:$/i;

/**
 * "** Acme" / ":PROPERTIES:" / ":HTML_CONTAINER_CLASS: section__experience" / ":END:": an org heading's drawer holds
 * settings for the export, at any indent; its lines would be read as the entry's role. A drawer never closed is left.
 */
function markOrgDrawers(lines: RawLine[]): void {
  skipDelimited(lines, DRAWER_OPEN, DRAWER_END);
}

/** Marks each run from a line `open` matches to the next that `end` matches, both kept, as "skip"; a run never closed is left. */
function skipDelimited(lines: RawLine[], open: RegExp, end: RegExp): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.kind === "blank" || !open.test(lines[i]!.text.trim())) continue;
    const close = lines.findIndex((l, k) => k > i && l.kind !== "blank" && end.test(l.text.trim()));
    if (close < 0) return;
    for (let k = i; k <= close; k++) if (lines[k]!.kind !== "blank") lines[k]!.kind = "skip";
    i = close;
  }
}

function markMarkupSettings(lines: RawLine[]): void {
  const org = lines.some((l) => /^#\+\w+:/.test(l.raw));
  let comment = false;
  let directive = false;
  for (const l of lines) {
    if (l.kind === "blank") {
      directive = false;
      continue;
    }
    // the indented lines under ".. a comment" belong to it; under ".. directive::" its options (":width: 200") are
    // settings too, and the content after them stays
    if ((comment || (directive && /^:[\w-]+:/.test(l.text))) && l.indent > 0) {
      l.kind = "skip";
      continue;
    }
    comment = false;
    directive = false;
    if (l.indent > 0) continue;
    // org's settings; its title, author and e-mail are the person's and stay. Its "# " lines are comments, often an
    // entry the person left out ("# - 2015: Travel award"), in a document that has settings
    if (org && /^#(\s|$)/.test(l.raw)) l.kind = "skip";
    else if (/^#\+(?!(?:TITLE|AUTHOR|EMAIL):)\w+:/i.test(l.text) || /^#\+(BEGIN|END)_/i.test(l.text)) l.kind = "skip";
    else if (/^\.\.(\s|$)/.test(l.raw)) {
      directive = /^\.\.\s+(\|[^|]+\|\s+)?[\w-]+::/.test(l.raw);
      comment = !directive && !/^\.\.\s+_/.test(l.raw);
      l.kind = "skip";
    }
  }
}

/** An org heading its export leaves out, with all under it: tagged ":noexport:", or a "COMMENT" heading. */
const UNEXPORTED_HEADING = /^(\*+)\s+(?:COMMENT\b.*|.*\s:(?:[\w@#%]+:)*noexport:(?:[\w@#%]+:)*)\s*$/;
const NOEXPORT_TAG = /\s:(?:[\w@#%]+:)*noexport:(?:[\w@#%]+:)*\s*$/;
const SRC_OPEN = /^#\+BEGIN_SRC\b/i;
const SRC_END = /^#\+END_SRC\b/i;

/**
 * "* Colophon  :noexport:" over how the file is built, "#+BEGIN_SRC emacs-lisp" over code: an org CV keeps notes
 * and code for its own export in the file; the export leaves the unexported headings out, and the reader leaves
 * them and the source blocks out, whose words would be read as a section of the CV ("html {", "font-size: 78%").
 * A source block never closed is left. Returns the headings left out, which the reader names in a diagnostic.
 */
function markOrgUnexported(lines: RawLine[]): RawLine[] {
  // "* COMMENT" heads a comment only in a file org's settings show to be org; a ":noexport:" tag is org's anywhere
  const org = lines.some((l) => /^#\+\w+:/.test(l.raw));
  const headings: RawLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = UNEXPORTED_HEADING.exec(lines[i]!.raw);
    if (!m || (!org && !NOEXPORT_TAG.test(lines[i]!.raw))) continue;
    headings.push(lines[i]!);
    const level = m[1]!.length;
    const next = lines.findIndex((l, k) => k > i && (/^(\*+)\s/.exec(l.raw)?.[1]?.length ?? Infinity) <= level);
    const end = next < 0 ? lines.length : next;
    for (let k = i; k < end; k++) if (lines[k]!.kind !== "blank") lines[k]!.kind = "skip";
    i = end - 1;
  }
  skipDelimited(lines, SRC_OPEN, SRC_END);
  return headings;
}

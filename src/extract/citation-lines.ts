import type { SourceLine } from "../parse/source-line.js";
import { endsOpen, joinFragments } from "../parse/join-wrapped.js";
import type { Entry, SplitEntries } from "./layout/lines.js";
import { authorsOf, isSurnameInitials } from "./author-lists.js";
import { opensWithStatus } from "./publications.js";

/**
 * Where a citation's authors give way to its title: a quote opening the title, a colon, a year in brackets or after
 * a comma ("Doe, J., 2009, Title"), or the first sentence's stop ("Jane Doe. 2006. Title"), but not the stop after an
 * initial ("J. Doe").
 */
const TITLE_MARK = /[“"]|:\s|\(\s*(?:19|20)\d{2}|,\s*(?:19|20)\d{2}\b|(?<!(?:^|[\s.-])\p{Lu})\.\s+(?=\S)/u;

/** How a line opens a citation: with its authors (and whether its title begins on the line too), or with its quoted title. */
interface Opening {
  byAuthors: boolean;
  titled: boolean;
}

function openingOf(text: string, lowerWords: ReadonlySet<string>): Opening | undefined {
  // "“Measuring User Burden…,” submitted to …": a title-first citation opens with its quoted title
  if (/^[“"]/.test(text)) return { byAuthors: false, titled: true };
  const mark = TITLE_MARK.exec(text);
  const lead = mark ? text.slice(0, mark.index) : text;
  // "…, Ana Lima, Tomás" ⏎ "Herrera, “Title,” …": a line of authors alone may break inside its last name
  const broken = mark === null ? lead.replace(/,\s*\p{Lu}[\p{L}'’-]*$/u, "") : lead;
  const names = authorsOf(lead, lowerWords) ?? (broken !== lead ? authorsOf(broken, lowerWords) : undefined);
  // "Slow Lanes: Measuring Queueing Delay": two capitalised words before a colon are a title's as often as a person's
  // name; one author before a colon is written "Surname, I."
  if (!names || (mark?.[0].startsWith(":") && names.length < 2 && !isSurnameInitials(lead))) return undefined;
  // "Annual Review of Port" ⏎ "Labour Studies. 12: 201–233.": a wrapped venue's last words look like one author's
  // name; a citation by one author named without initials goes on with its year, its state or its quoted title
  const oneNameOnly = names.length === 1 && !/\b\p{Lu}\./u.test(lead) && !isSurnameInitials(lead);
  const after = text.slice(lead.length).replace(/^[.,]?\s*\(?\s*/u, "");
  if (oneNameOnly && !/^(?:(?:19|20)\d{2}\b|[“"])/u.test(after) && !opensWithStatus(after)) return undefined;
  return { byAuthors: true, titled: mark !== null };
}

/** A wrapped line that the next goes on from: as any sentence does ("edited by", "Smith and"), or after a citation's own joins ("Roe, J.;", "eds."). */
const goesOn = (text: string) => endsOpen(text) || /(?:;|\beds?\.?)$/i.test(text.trimEnd());

/** "Journal articles", "Refereed/Peer-Reviewed", "In submission": a few words naming the kind of the papers below, no sentence. */
const isGroupLabel = (text: string) => text.split(/\s+/).length <= 6 && !/\d|[.,;:]$/.test(text);

/**
 * A publications list as a PDF's text gives it, one citation wrapped over
 * several lines with no blank line or mark between citations ("Mara Doe.
 * 2006. “Title of the” ⏏ “Paper.” Journal 33: 285–311."): a line opens the
 * next citation when it starts with a list of authors (or with its quoted
 * title) and the line above does not run on into it; numbered items open
 * theirs wherever the list is numbered. The lines of a citation are joined
 * into one, as the citation reader wants; a label over a group of papers
 * ("Journal articles") is left loose. Undefined unless two or more lines
 * open with authors.
 */
export function citationLines(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>): SplitEntries | undefined {
  if (lines.some((l) => l.kind === "subheading" || l.kind === "row" || l.lead !== undefined || l.depth > 0)) return undefined;
  const openings = lines.map((l) => openingOf(l.text, lowerWords));
  // a numbered list marks its own items: a line under an item only goes on with it, where the items are citations
  const numbered = lines.some((l) => l.kind === "bullet");
  // a web page's list sets its authors on a line of their own, under the title ("Title" ⏎ "Ana Lima, Jo Doe" ⏎
  // "Venue"): there no line runs from its authors into its title
  const cited = lines.filter((l, i) => openings[i]?.byAuthors && openings[i]!.titled && (!numbered || l.kind === "bullet"));
  if (cited.length < 2) return undefined;
  const groups: SourceLine[][] = [];
  const loose: SourceLine[] = [];
  let current: SourceLine[] | undefined;
  // a line of authors alone ("…, Ana B." ⏎ "Lima, “Title,” …") has the title still to come
  let awaitingTitle = false;
  for (const [i, line] of lines.entries()) {
    const opening = openings[i];
    const last = current?.at(-1);
    const runsOn = last !== undefined && (awaitingTitle || goesOn(last.text));
    const opensNext = numbered ? line.kind === "bullet" : opening !== undefined && !runsOn;
    if (opensNext) {
      current = [line];
      groups.push(current);
      awaitingTitle = !(opening?.titled ?? true);
      continue;
    }
    const next = openings[i + 1];
    const labelsNext = i + 1 < lines.length && (numbered ? lines[i + 1]!.kind === "bullet" : next !== undefined);
    if (line.kind === "text" && !runsOn && labelsNext && isGroupLabel(line.text)) {
      loose.push(line);
      current = undefined;
      continue;
    }
    if (!current) {
      loose.push(line);
      continue;
    }
    current.push(line);
    if (awaitingTitle) awaitingTitle = !TITLE_MARK.test(line.text);
  }
  return { entries: groups.map(joinCitation), loose };
}

/** The lines of one citation as one line, so its title, wrapped or not, reads whole. */
function joinCitation(group: readonly SourceLine[]): Entry {
  const [first] = group;
  const text = group.map((l) => l.text).reduce((a, b) => joinFragments(a, b, true));
  const { spans: _spans, ...plain } = first!;
  const joined: SourceLine = group.length === 1 ? first! : { ...plain, text, links: group.flatMap((l) => l.links) };
  return { head: [joined], body: [], position: first!.position };
}

import type { Position } from "../diagnostics/diagnostic.js";
import type { SourceLine } from "../parse/source-line.js";
import type { Project, Publication } from "../resume/schema.js";
import { findDates } from "./dates.js";
import { compact } from "./date-fields.js";
import { isAuthorList, splitAuthors } from "./author-lists.js";
import { stripShortTag } from "./publications.js";

/**
 * Numbered project cards of a web page: "Short Short 01 / Title", then
 * "Venue 2026 · Authors", a description, bullets and "#tag#tag" keywords.
 * Each card is a project; it is also a publication when it names a dated venue.
 */
export interface Card {
  project: Project;
  publication?: Publication;
  position: Position;
}

const CARD = /^(?:(.{1,60}?)\s+)?(\d{1,3})\s*\/\s+(\S.{3,})$/;

/** Finds the cards in a run of lines (at least two, or none) and the lines they used. */
export function findCards(lines: readonly SourceLine[], lowerWords: ReadonlySet<string>): { cards: Card[]; used: Set<SourceLine> } {
  const starts = lines.map((l, i) => (l.kind === "text" && CARD.test(l.text) ? i : -1)).filter((i) => i >= 0);
  if (starts.length < 2) return { cards: [], used: new Set() };
  const used = new Set<SourceLine>();
  const cards = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const group = lines.slice(start, end);
    group.forEach((l) => used.add(l));
    return readCard(group, lowerWords);
  });
  return { cards, used };
}

function readCard(group: readonly SourceLine[], lowerWords: ReadonlySet<string>): Card {
  const [head, ...rest] = group;
  const m = CARD.exec(head!.text)!;
  const title = m[3]!.trim();
  const shortName = pickShortName(m[1], title);
  const description: string[] = [];
  const highlights: string[] = [];
  let keywords: string[] = [];
  let meta: { venue: string; authors?: string[] } | undefined;
  for (const l of rest) {
    const dot = l.text.split(/\s+·\s+/);
    if (!meta && dot.length >= 2) {
      const authors = dot.slice(1).join(" · ");
      meta = isAuthorList(authors, lowerWords) ? { venue: dot[0]!, authors: splitAuthors(authors) } : { venue: l.text };
    } else if (/^#\S/.test(l.text)) keywords = l.text.split("#").map((k) => k.trim()).filter(Boolean);
    else if (l.kind === "bullet") highlights.push(l.text);
    else description.push(l.text);
  }
  const date = meta ? findDates(meta.venue)[0] : undefined;
  const name = shortName ?? (title.split(":")[0]!.split(/\s+/).length <= 3 ? title.split(":")[0]! : title);
  const project = compact({
    name,
    // the card's number and title as written, so that no word of the card is lost
    description: [`${m[2]} / ${title}`, meta ? [meta.venue, meta.authors?.join(", ")].filter(Boolean).join(" · ") : "", ...description].filter(Boolean).join("\n"),
    highlights,
    keywords,
  } as Project);
  const publication = date
    ? compact({ name: stripShortTag(title, shortName), venue: meta!.venue, authors: meta!.authors, releaseDate: date.start } as Publication)
    : undefined;
  return publication ? { project, publication, position: head!.position } : { project, position: head!.position };
}

/** "MM2-gb mm2-gb" names the card twice; the spelling the title uses wins. */
function pickShortName(prefix: string | undefined, title: string): string | undefined {
  if (!prefix) return undefined;
  const words = prefix.trim().split(/\s+/);
  const half = words.length % 2 === 0 ? words.length / 2 : 0;
  const candidates = half && words.slice(0, half).join(" ").toLowerCase() === words.slice(half).join(" ").toLowerCase()
    ? [words.slice(0, half).join(" "), words.slice(half).join(" ")]
    : [prefix.trim()];
  return candidates.find((c) => title.includes(c)) ?? candidates[0];
}

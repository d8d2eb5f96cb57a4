import type { SourceLine } from "../parse/source-line.js";
import { findCards } from "./cards.js";
import { addCatchAll } from "./custom.js";
import { addCustomSection, addEntry, listSection, type Draft } from "./draft.js";
import { findNewsItems, newsKind, toNewsAward, toNewsItem, toNewsWork } from "./news.js";
import { findEducationInHeader } from "./education-elsewhere.js";
import type { SectionKind } from "../parse/section-titles.js";
import { untitledHistory } from "./layout/untitled-history.js";
import { placeHistory } from "./place-jobs.js";

/**
 * Places what has no section heading: a page's news items, project cards, the
 * intro prose (the summary when there is no "About" section), the studies the
 * header names by their labels (when no section lists them) and, in a
 * catch-all section, everything else.
 */
export function placeUntitled(draft: Draft, lines: readonly SourceLine[], kinds: ReadonlyArray<SectionKind | undefined>): void {
  let rest = [...lines];
  if (!kinds.includes("education")) {
    const studies = findEducationInHeader(rest);
    for (const { education, line } of studies) addEntry(draft, "education", education, line.position);
    // a line that says more than the study (the name and contacts beside it) stays whole in the catch-all too
    rest = rest.filter((l) => !studies.some((s) => s.line === l && s.whole));
  }
  const { cards, used: cardLines } = findCards(rest, draft.lowerWords);
  if (cards.length) {
    listSection(draft, { key: "projects", title: "Projects" }, cards[0]!.position);
    if (cards.some((c) => c.publication)) listSection(draft, { key: "publications", title: "Publications" }, cards[0]!.position);
    for (const c of cards) {
      addEntry(draft, "projects", c.project, c.position);
      if (c.publication) addEntry(draft, "publications", c.publication, c.position);
    }
    rest = rest.filter((l) => !cardLines.has(l));
  }
  // "2019-2025" ⏎ "B.Sc. Informatik" ⏎ "Universität Bonn": studies and jobs listed with no heading over them
  const history = kinds.includes("work") || kinds.includes("education-work") ? [] : untitledHistory(rest);
  if (history.length) {
    placeHistory(draft, history, "Experience", "Education");
    rest = rest.filter((l) => !history.includes(l));
  }
  const intro = kinds.includes("summary") ? undefined : rest.find(isIntroProse);
  if (intro) {
    draft.resume.basics ??= {};
    draft.resume.basics.summary = intro.text;
    draft.origins.set("/basics/summary", intro.position);
    listSection(draft, { key: "summary", title: "Summary" });
    rest = rest.filter((l) => l !== intro);
  }
  const { items, used: newsLines } = findNewsItems(rest);
  const before = rest.filter((l) => !newsLines.has(l) && l.position.line < (items[0]?.position.line ?? Infinity));
  const after = rest.filter((l) => !newsLines.has(l) && !before.includes(l));
  addCatchAll(draft, before, "Other");
  if (items.length) {
    addCustomSection(draft, "News", "news", items.map(toNewsItem), items[0]!.position);
    for (const item of items) {
      const kind = newsKind(item.tag);
      if (kind === "awards") addEntry(draft, "awards", toNewsAward(item), item.position);
      if (kind === "work") {
        const work = toNewsWork(item, items.filter((o) => o !== item && o.date >= item.date));
        if (work) addEntry(draft, "work", work, item.position);
      }
    }
  }
  addCatchAll(draft, after, "More");
}

/** A paragraph of at least a dozen words in sentences, at the top of the page: the intro. */
function isIntroProse(l: SourceLine): boolean {
  return l.kind === "text" && l.text.split(/\s+/).length >= 12 && /[.!?。]$/.test(l.text) && !/^\d/.test(l.text);
}

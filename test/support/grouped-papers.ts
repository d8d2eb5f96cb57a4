import type { Resume } from "../../src/resume/schema.js";

/** A résumé whose papers are listed under two headings, after one paper under none. */
export const groupedPapers: Resume = {
  basics: { name: "Jo Vale" },
  publications: [
    { name: "Ropes of the upper wharf", authors: ["Jo Vale"], venue: "Harbour Notes", releaseDate: "2022" },
    { name: "Tidal rhythms in harbour markets", authors: ["Jo Vale", "Kit Roe"], venue: "Port Studies", releaseDate: "2021", group: "Tide journal articles" },
    { name: "Salt and the guild ledger", authors: ["Jo Vale"], venue: "Maritime History Quarterly", releaseDate: "2019", group: "Tide journal articles" },
    { name: "Lanterns and ledgers", authors: ["Jo Vale"], venue: "Essays on Harbour Life", releaseDate: "2018", group: "Book chapters & essays" },
  ],
};

/** Where each of `needles` first occurs in `text`, and how often. */
export function placesOf(text: string, needles: readonly string[]): Array<{ at: number; count: number }> {
  return needles.map((n) => ({ at: text.indexOf(n), count: text.split(n).length - 1 }));
}

/**
 * Whether `text` holds every one of `ordered` in that order (by first occurrence): a group's heading after the paper above its
 * group and before its first paper.
 */
export function inListedOrder(text: string, ordered: readonly string[]): boolean {
  const places = placesOf(text, ordered);
  return places.every((p) => p.at >= 0) && places.every((p, i) => i === 0 || p.at > places[i - 1]!.at);
}

/** The headings and titles of `groupedPapers` in the order a writer must print them (a heading by its first words). */
export const LISTED = ["Ropes of the upper wharf", "Tide journal articles", "Tidal rhythms in harbour markets", "Salt and the guild ledger", "Book chapters", "Lanterns and ledgers"];

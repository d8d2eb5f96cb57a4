import site from "../extract/vocabulary/site-furniture.json" with { type: "json" };
import { trieSource } from "../extract/word-trie.js";

/** "© 2025 Jane Doe", "Built with Hugo": how a website's footer opens. */
const OPENING = new RegExp(`^(?:${trieSource(site.footer)})(?![\\p{L}])`, "iu");
/** "Built with Hugo", "Powered by Jekyll": a footer's words before the tool that built the site. */
const BUILT_WITH = new RegExp(`(?<![\\p{L}])(?:${trieSource(site.madeWith)})\\s+(?:${trieSource(site.siteTools)})(?![\\p{L}])`, "iu");
/** "© 2020 …", "Copyright © 2021 …": a copyright mark and its year. */
const COPYRIGHT_YEAR = new RegExp(`^(?:${trieSource(site.copyright)})(?:\\s*(?:${trieSource(site.copyright)}))*\\s*(?:19|20)\\d{2}(?!\\d)`, "iu");
const RESERVED = new RegExp(`(?:${trieSource(site.reserved)})`, "iu");

/**
 * Whether a line closing a plain-text copy of a page is the site's footer: "© 2026 Jane Doe" closes a text CV too, as
 * its author's words, and is the site's only on a page copied with its menu (`withMenu`) or beside the tool that
 * built the site ("© 2026 Jane Doe. Built with Hugo").
 */
export function isSiteFooter(text: string, { withMenu = false } = {}): boolean {
  const line = text.trim();
  return opensLikeFooter(line) && (withMenu || BUILT_WITH.test(line));
}

/** Whether a line opens as a footer's notice does ("© 2026 …", "Copyright …", "Built with …"), whatever follows. */
export const opensLikeFooter = (text: string) => OPENING.test(text.trim());

/**
 * Whether a line has a footer's own shape, whatever page it is on: a copyright mark and its year ("Copyright 2020
 * Jane Doe"), all rights reserved, or the tool that built the site ("Built with Hugo"). A footer's words alone are
 * not one: "Copyright Clearance Center" and "Made With Code ambassador" are an employer and a role.
 */
export function hasFooterShape(text: string): boolean {
  const line = text.trim();
  return COPYRIGHT_YEAR.test(line) || RESERVED.test(line) || BUILT_WITH.test(line);
}

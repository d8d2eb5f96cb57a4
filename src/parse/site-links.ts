import site from "../extract/vocabulary/site-furniture.json" with { type: "json" };
import pictures from "../extract/vocabulary/picture-words.json" with { type: "json" };
import type { SourceLine } from "./source-line.js";

const NAVIGATION = new Set(Object.values(site.navigation).flat());
/** "Download", "PDF", "herunterladen": the words of a link's call to fetch the CV as a file. */
const FILE_WORDS = new Set(pictures.words);
/** Words a download link may name the CV with ("Download my CV", "PDF version of the résumé"). */
const CV_WORDS = new Set([...NAVIGATION, ...Object.values(site.downloadLink).flat()]);
/** "/files/cv.pdf", "../cv/", "#top": a page or file of the site itself, not another site's address. */
const ON_SITE = /^(?![a-z][a-z\d+.-]*:|\/\/)/i;
const FILE = /\.(?:pdf|docx?|odt)(?:[?#].*)?$/i;
/** What may stand between a menu's links: bars, dots, slashes, and nothing else. */
const BETWEEN = /^[\s|·•/,–—-]*$/u;

/**
 * "[Download CV](/files/cv.pdf)", "[Home](/) | [Publications](/publications/) | [CV](/cv/)": a paragraph of
 * nothing but links to the site's own pages or to the CV as a file, each named by a menu's word or a call to
 * download, which an academic site's CV page prints above or below the CV. It says nothing of its owner, and read
 * as an entry it became a job ("Download PDF" the employer, "Home" the title).
 */
export function isSiteLinkLine(line: SourceLine): boolean {
  if (line.kind !== "text" || line.depth !== 0 || !line.links.length) return false;
  let rest = line.text;
  for (const link of line.links) rest = rest.replace(link.text, " ");
  return BETWEEN.test(rest) && line.links.every((link) => (ON_SITE.test(link.url) || FILE.test(link.url)) && namesSitePage(link.text, link.url));
}

function namesSitePage(label: string, url: string): boolean {
  const words = label.toLowerCase().replace(/[()[\]]/g, " ").split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
  if (!words.length) return false;
  if (NAVIGATION.has(words.join(" "))) return true;
  // a call to download the CV: a file's word ("PDF", "Download") among the CV's names, or the CV's names alone on a link to the file
  const callsForFile = words.some((w) => FILE_WORDS.has(w)) || FILE.test(url);
  return callsForFile && words.every((w) => FILE_WORDS.has(w) || CV_WORDS.has(w));
}

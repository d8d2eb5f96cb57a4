import type { Education } from "../resume/schema.js";
import { compact } from "./date-fields.js";
import { DEGREE, parseDegree } from "./degrees.js";
import { SCHOOL_WORDS } from "./vocabulary.js";

const PLACE = /\b(?:at|from|in|of|@)\s+(?:the\s+)?([\p{Lu}][\p{L}'’&-]*(?:\s+(?:of|and|for|de|&|the|für|des)?\s*[\p{Lu}][\p{L}'’&-]*){0,7})/gu;
const DEGREES = new RegExp(DEGREE.source, "gu");

/**
 * Finds degrees told in prose: "Ph.D. candidate in Computer Science … at the
 * University of Pennsylvania", "I earned my B.S. in X in 2015 from Y", "I was a
 * Master's student at Columbia University". A degree counts only with a school
 * named after it in the same stretch of text.
 */
export function findProseEducation(text: string): Education[] {
  const found: Education[] = [];
  const hits = [...text.matchAll(DEGREES)];
  hits.forEach((hit, k) => {
    const windowEnd = Math.min(hits[k + 1]?.index ?? text.length, hit.index + 220);
    const stretch = text.slice(hit.index, windowEnd);
    const degree = parseDegree(stretch, { prose: true });
    if (!degree) return;
    const after = stretch.slice(degree.end);
    const school = [...after.matchAll(PLACE)].map((m) => m[1]!.replace(/[.’']+$/, "").trim()).find((p) => SCHOOL_WORDS.test(p));
    if (!school) return;
    const year = /^\s*,?\s*in\s+((?:19|20)\d{2})\b/.exec(after)?.[1];
    found.push(compact({ institution: school, studyType: degree.studyType, area: degree.area, endDate: year, summary: sentenceAround(text, hit.index) }));
  });
  return found;
}

/**
 * Where a sentence ends: a full stop before a capital, except after an initial or an abbreviation
 * ("B.S. in", "Prof. Jane Doe", "U.S. Navy").
 */
const SENTENCE_END = /(?<!\b(?:[\p{Lu}]|[\p{Lu}]\.[\p{Lu}]|Prof|Dr|Mr|Mrs|Ms|St|vs|etc|e\.g|i\.e|Inc|Ltd|Jr|Sr|No))[.!?]["”’)]?\s+(?=[\p{Lu}"“(])/gu;

/** The sentence a degree is mentioned in, kept as the entry's summary (not the whole paragraph, which the summary already holds). */
function sentenceAround(text: string, at: number): string {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const nl = text.indexOf("\n", at);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const offset = at - lineStart;
  let start = 0;
  let end = line.length;
  for (const m of line.matchAll(SENTENCE_END)) {
    const boundary = m.index + m[0].length;
    if (boundary <= offset) start = boundary;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return line.slice(start, end).trim();
}

import type { SectionKind } from "./section-titles.js";
import levels from "../extract/vocabulary/skill-levels.json" with { type: "json" };
import { foldTitle } from "./title-text.js";
import { FILLERS, JOINERS, QUALIFIER_WORDS, ROLE_NOUNS, UNSPACED, phraseKeywords, wholeTitleKind, wordKeywords, type Keyword } from "./title-vocabulary.js";

/** The longest title, in characters, that keywords are weighed in when it is written in CJK scripts. */
const MAX_UNSPACED = 10;
/** A title of more content words than this is a phrase or an entry. */
const MAX_WORDS = 5;
/** "Working knowledge", "sehr gute Kenntnisse": how well skills are known (skill-levels.json), no section's title. */
const LEVELS = new Set(Object.values(levels.levels).flat().map(foldTitle));
/** Words no keyword knows that a title may hold after a keyword that leads it (see spacedHits). */
const MAX_UNKNOWN = 2;

/** Kinds kept as custom sections, which yield to a standard kind in a combined title. */
export const CUSTOM_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(["talks", "teaching", "service", "news", "blogs", "contact", "other"]);

/**
 * The kinds a title's keywords name, in the title's order, for a title no
 * vocabulary entry matches whole ("Leadership Experience", "Proyectos
 * técnicos públicos", "专业技能与证书"). A strong keyword of a kind JSON
 * Resume has a place for wins; a weak one ("experience", "经历") names work
 * only when no such keyword is there, and then beats a custom kind
 * ("Leadership Experience" lists jobs). Education with work is both, which
 * the caller reads as "education-work". Empty when the title does not read as
 * a section title: too long, or the keyword is lost among other words.
 */
export function weighKeywords(folded: string, asTitle = true): SectionKind[] {
  const hits = UNSPACED.test(folded) ? unspacedHits(folded) : spacedHits(folded, asTitle);
  const strong = [...new Set(hits.filter((k) => k.strong).map((k) => k.kind))];
  const weak = hits.some((k) => !k.strong);
  const standard = strong.filter((k) => !CUSTOM_KINDS.has(k));
  if (weak && strong.includes("education")) return [...strong, "work"];
  if (standard.length || !weak) return strong;
  return ["work"];
}

function unspacedHits(folded: string): Keyword[] {
  if (folded.replace(/\s/g, "").length > MAX_UNSPACED) return [];
  const hits = phraseKeywords(folded);
  // a Chinese or Japanese compound names its kind by its last word, the others qualify it ("工作论文" are working
  // papers, "论文奖" an award): the keyword that ends last comes first, unless a joiner makes the parts equals
  // ("技能与证书", where the first part leads as in any combined title)
  if (hits.length < 2 || [...JOINERS].some((j) => UNSPACED.test(j) && folded.includes(j))) return hits;
  const end = (k: { core: string }) => folded.lastIndexOf(k.core) + k.core.length;
  return [...hits].sort((a, b) => end(b) - end(a));
}

function spacedHits(folded: string, asTitle: boolean): Keyword[] {
  // an ampersand between spaces joins parts as "and" does ("Conference & Colloquium Presentations"); "R&D" is a word
  const words = folded.replace(/\s&\s/g, " and ").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const content = words.filter((w) => !FILLERS.has(w) && !JOINERS.has(w) && !QUALIFIER_WORDS.has(w));
  if (!content.length || content.length > MAX_WORDS) return [];
  const phrases = phraseKeywords(folded);
  if (phrases.length) return phrases;
  const perWord = content.map(wordKeywords);
  const hits = perWord.flat();
  const unknown = perWord.filter((h) => !h.length).length;
  // Words no keyword knows are a name's ("Amplify Education", "Hetu Project") or a sentence's ("Managed multiple
  // projects") unless few: after a keyword that leads (Spanish "Proyectos técnicos públicos") two, before one that
  // heads the title (English "Scholarly Publications", German "Berufserfahrung") one, and none next to a weak one
  // ("Опыт вождения" is driving, not work)
  // "Undergraduate Experience", "Sales Experience": one word before a head noun that is a title of work on its own
  // qualifies that title as "Leadership" does; not an activity's gerund ("Sailing experience" may be a pastime's), nor
  // a label before its colon ("Extensive experience: Java, C" rates skills), and a head that leads ("Опыт вождения")
  // is not the last word
  if (asTitle && content.length === 2 && unknown === 1 && !perWord[0]!.length && !/ing$/.test(content[0]!) && wholeTitleKind(content[1]!) === "work") return hits;
  if (!hits.some((k) => k.strong) && unknown > 0) return [];
  // a title that ends in a job's noun no keyword knows names a person's role ("Teaching Assistant", "Project Manager")
  if (!perWord.at(-1)!.length && ROLE_NOUNS.has(content.at(-1)!)) return [];
  // "Full Stack Engineer, RCNTEC": a phrase that ends in such a noun before a comma is a role beside its employer, an
  // entry's header, though a keyword ("stack") is among its words
  if (folded.split(",").slice(0, -1).some(endsInRoleNoun)) return [];
  if (perWord[0]!.length && unknown <= MAX_UNKNOWN) return hits;
  if (perWord.at(-1)!.length && unknown <= 1) return hits;
  // "Software Development Skills", "Machine Learning Skills": skills are named by their field, in words of any trade no
  // vocabulary could hold, before the head noun that says what the section lists; "sehr gute Kenntnisse" is a level
  // that labels a group inside the section
  if (perWord.at(-1)!.some((k) => k.strong && k.kind === "skills") && unknown <= MAX_UNKNOWN && !LEVELS.has(folded)) return hits;
  // "Communication and interpersonal skills": the head keyword is shared by each part joined to it, one word each
  if (perWord.at(-1)!.some((k) => k.strong) && coordinated(words)) return hits;
  return [];
}

/** Whether the phrase's last word is a job's noun that no keyword knows ("engineer", "manager"). */
function endsInRoleNoun(phrase: string): boolean {
  const last = phrase.split(/[^\p{L}\p{N}']+/u).filter(Boolean).at(-1);
  return last !== undefined && ROLE_NOUNS.has(last) && !wordKeywords(last).length;
}

/** "communication and interpersonal skills": parts joined by "and", each with at most one word no keyword knows. */
function coordinated(words: readonly string[]): boolean {
  const parts: string[][] = [[]];
  for (const w of words) {
    if (JOINERS.has(w)) parts.push([]);
    else if (!FILLERS.has(w) && !QUALIFIER_WORDS.has(w)) parts.at(-1)!.push(w);
  }
  return parts.length >= 2 && parts.every((p) => p.filter((w) => !wordKeywords(w).length).length <= 1);
}

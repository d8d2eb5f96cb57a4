/** What an education entry that names no degree says was taken: a post held at the school, or a minor. */
import { roleLean, weighPhrase } from "./evidence/phrase-evidence.js";
import { trieSource, vocabularyWords } from "./word-trie.js";
import { namesUnit } from "./vocabulary.js";
import studies from "./vocabulary/studies-without-degree.json" with { type: "json" };

const words = (byLanguage: Record<string, string[]>) => trieSource(vocabularyWords(byLanguage));
const POST_WORDS = new RegExp(`(?<![\\p{L}])(?:${words(studies.posts)})(?![\\p{L}])`, "iu");
const MINOR = new RegExp(`^(${words(studies.minors)})(?:\\s+in|\\s*[,:–—-])\\s+(\\S.*)$`, "iu");
const MINOR_ALONE = new RegExp(`^(?:${words(studies.minors)})$`, "iu");

/**
 * "2021 - Postdoctoral Fellow, Example Institute." under Education: a phrase that reads as a post held (a fellowship,
 * a visiting post) says what was taken there, as a degree would, not a field of study ("Full Stack Web Developer",
 * a course's title, is one). "Minor in Statistics", or "Minor" beside "Statistics" among `others` (from which it is
 * then taken): a minor, its field after it. A post among `others` is taken likewise where the field read is a unit
 * of the school ("Department of Biology"). `phrase` is what was read as the field.
 */
export function studyWithoutDegree(phrase: string | undefined, others: string[]): { studyType: string; area?: string } | undefined {
  if (phrase === undefined) return undefined;
  const minor = MINOR.exec(phrase.trim());
  if (minor) return { studyType: minor[1]!, area: minor[2]!.trim() };
  const alone = others.findIndex((p) => MINOR_ALONE.test(p.trim()));
  if (alone >= 0) return { studyType: others.splice(alone, 1)[0]!.trim(), area: phrase };
  if (isPost(phrase)) return { studyType: phrase };
  // "Postdoctoral Fellow, Department of Biology, Westmark University": the unit was read as the field, the post is beside it
  // (not an honour beside a field, "Economics" with "Fulbright Scholar")
  const post = namesUnit(phrase) ? others.findIndex(isPost) : -1;
  return post >= 0 ? { studyType: others.splice(post, 1)[0]!.trim(), area: phrase } : undefined;
}

const isPost = (phrase: string) => POST_WORDS.test(phrase) && roleLean(weighPhrase(phrase)) > 0.5;

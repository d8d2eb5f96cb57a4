import data from "./vocabulary/greetings.json" with { type: "json" };
import roles from "./vocabulary/roles.json" with { type: "json" };
import documentTitles from "./vocabulary/document-titles.json" with { type: "json" };
import { opensWithFamilyName } from "./evidence/family-names.js";
import { ROLE_WORDS } from "./vocabulary.js";

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]");
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/** "This is the résumé of", "This is my CV page of": a page that says whose CV it is, by the words a CV calls itself. */
const TITLED_INTRO = `this is (?:the|my) (?:${alternatives(documentTitles.titles.en.filter((t) => !t.includes("pdf")))})(?: page)? of`;

/** "Hi, I'm Sam Okoro", "Hi 👋, I'm Alex", "Hoi, ik ben Roy van Neden": a hello (and its waving hand), an introduction, then the name. */
export const GREETING = new RegExp(`^(?:(?:${alternatives(data.hello)})(?:\\s*[\\p{Extended_Pictographic}\\u200d\\ufe0f]+)*[,!.]?\\s+)?(?:${TITLED_INTRO}|${alternatives(data.intro)})\\s+(?=\\p{Lu})`, "iu");

/** "Hi there 👋", "Hey there!", "Hello, world": a hello alone (to its world), with its waving hand, which names no one. */
const HELLO_ALONE = new RegExp(`^(?:${alternatives(data.hello)})(?:[,\\s]+world)?[\\s\\p{Extended_Pictographic}\\u200d\\ufe0f!.,:]*$`, "iu");

/** Whether a line only says hello, as a profile README's title often does. */
export const isHelloAlone = (text: string) => HELLO_ALONE.test(text.trim());

/** "我叫王芳": two to four Han characters after a Chinese introduction, up to a stop, a space or the line's end. */
const CHINESE_INTRODUCED = new RegExp(`(?:${alternatives(data.cjkIntro.before)})\\s*(\\p{Script=Han}{2,4})(?=[，,。.!！、\\s]|$)`, "u");
const COPULA = alternatives(data.cjkIntro.after);
/** "저는 김민수입니다": a Korean introduction, the name, and the copula right after it. */
const KOREAN_INTRODUCED = new RegExp(`(?:${alternatives(data.cjkIntro.koreanBefore)})\\s*(\\p{Script=Hangul}{2,4})(?:${COPULA})`, "u");
/** "… 백엔드 개발자 박준호입니다": a Korean introduction's last word, two to four syllables closed by the copula, and the word before it. */
const KOREAN_COPULA = new RegExp(`(\\S+)\\s+(\\p{Script=Hangul}{2,4})(?:${COPULA})`, "u");
/**
 * A Korean name: a family name first, and not closed by a word for what the person does ("개발자", "지망생"), which
 * may stand inside a name ("이사랑" holds "이사").
 */
const isKoreanName = (word: string) => opensWithFamilyName(word, "ko") && !roles.ko.some((role) => word.endsWith(role));

/**
 * "我叫王芳", "저는 김민수입니다", "안녕하세요! 백엔드 개발자 박준호입니다.": the name a Chinese or Korean introduction
 * gives, after its introducing words or, in Korean, right after the role the person introduces themself with.
 */
function cjkIntroducedName(text: string): string | undefined {
  const chinese = CHINESE_INTRODUCED.exec(text)?.[1];
  if (chinese) return chinese;
  const introduced = KOREAN_INTRODUCED.exec(text)?.[1];
  if (introduced) return isKoreanName(introduced) ? introduced : undefined;
  const closed = KOREAN_COPULA.exec(text);
  // ("시니어 개발자입니다", "개발자 지망생입니다": a role closed by the copula says what the person is, not who)
  return closed && ROLE_WORDS.test(closed[1]!) && isKoreanName(closed[2]!) ? closed[2] : undefined;
}

/**
 * "Welcome to my page! My name is Sam Okoro, …": an introduction that only ever names someone, opening a sentence
 * after the first (its hello and "I am" open too many sentences of prose to be read there).
 */
const NAMING_LATER = new RegExp(`(?<=[.!?]\\s+)(?:${alternatives(data.naming)})\\s+(?=\\p{Lu})`, "iu");

/** The capitalised words a greeting introduces ("Hi, I'm Sam." → "Sam"); the caller judges whether they are a name. */
export function greetedName(text: string): string | undefined {
  const m = GREETING.exec(text.trim()) ?? NAMING_LATER.exec(text.trim());
  if (!m) return cjkIntroducedName(text.trim());
  const rest = text.trim().slice(m.index + m[0].length);
  const name = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:van|von|de|da|der|den|di|du|le|la|\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){0,3}/u.exec(rest)?.[0];
  // "I'm Always Up to Learn New Things": a sentence that goes on in title case capitalises every word, names or not
  if (name && titleCased(rest.slice(name.length))) return undefined;
  return name?.replace(/[.,!]+$/, "");
}

/** " to Learn New Things.": words after a small one in lower case, three or more capitalised, the others small. */
function titleCased(after: string): boolean {
  const words = after.match(/\p{L}+/gu) ?? [];
  if (!/^\s+\p{Ll}/u.test(after)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= 3 && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 4);
}

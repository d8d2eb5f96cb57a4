/** Guesses a résumé's language from its own text when the source does not say. */
import type { Resume } from "../resume/schema.js";

/** Frequent short words that tell the Latin-script languages vitae speaks apart. */
const STOPWORDS: Record<string, Set<string>> = {
  en: new Set("the and of in for with to on at as by from an is my our university experience".split(" ")),
  fr: new Set("le la les des du et en pour avec au aux une dans sur chez université expérience".split(" ")),
  de: new Set("der die das und mit für von im bei zur zum auf ein eine universität erfahrung".split(" ")),
  es: new Set("el la los las del y en con para por una al universidad experiencia".split(" ")),
};

/** Every string of the résumé except names in another script, which say nothing of its language. */
function collectText(value: unknown, out: string[], key = ""): void {
  if (key === "altNames" || key === "url" || key === "email" || key === "meta") return;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectText(v, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collectText(v, out, k);
}

/**
 * The BCP 47 primary language of a résumé: its `meta.lang` when set, else a
 * guess by script (kana → ja, Hangul → ko, Han outweighing Latin → zh), then by
 * stop words among Latin-script languages; English when nothing stands out.
 */
export function detectLanguage(resume: Resume): string {
  let language = detected.get(resume);
  if (language === undefined) detected.set(resume, (language = detect(resume)));
  return language;
}

/** The HTML and the LaTeX of one résumé ask the same question: answer it once. */
const detected = new WeakMap<Resume, string>();

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function detect(resume: Resume): string {
  const given = resume.meta?.lang?.trim();
  // a tag that is not BCP 47 ("English") would make a wrong <html lang>: detect instead
  if (given && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(given)) return given;
  const parts: string[] = [];
  collectText(resume, parts);
  const text = parts.join(" ");
  // most résumés have no CJK character at all, and counting four scripts over the whole text is costly
  if (!CJK.test(text)) return guessLatinLanguage(text);
  // the characters the pattern removes, without building an array of every one of them
  const count = (re: RegExp) => text.length - text.replace(re, "").length;
  const latin = count(/\p{Script=Latin}/gu);
  const han = count(/\p{Script=Han}/gu);
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const hangul = count(/\p{Script=Hangul}/gu);
  // a CJK character carries about as much as a short Latin word, hence the weight
  const weight = 3;
  if (kana * weight > latin / 4 && kana >= 5) return "ja";
  if (hangul * weight > latin / 2 && hangul >= 5) return "ko";
  if (han * weight > latin / 2 && han >= 5) return "zh";
  return guessLatinLanguage(text);
}

function guessLatinLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.fromEntries(Object.keys(STOPWORDS).map((lang) => [lang, 0])) as Record<string, number>;
  for (const word of words) for (const [lang, set] of Object.entries(STOPWORDS)) if (set.has(word)) scores[lang]!++;
  const [best, bestScore] = Object.entries(scores).sort((a, b) => b[1] - a[1])[0]!;
  // switch away from English only on clear evidence: a few borrowed words must not flip a CV
  return best !== "en" && bestScore >= 5 && bestScore > 1.5 * scores.en! ? best : "en";
}

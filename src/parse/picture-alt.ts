import pictureWords from "../extract/vocabulary/picture-words.json" with { type: "json" };
import { classifyTitle } from "./section-titles.js";

const PICTURE_WORDS = new Set(pictureWords.words);
/** Words that only join a picture's word to what it shows ("logo of Acme", "the Acme logo"). */
const JOINING = new Set(Object.values(pictureWords.joining).filter(Array.isArray).flat());
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * "Acme logo" before "Acme Labs — Engineer", "icon" before an address: alt text that names a picture (a logo, an
 * icon, a photo) of nothing but what the words after it name, or of nothing at all, is the picture's description,
 * not words of the CV; read as text it would join the employer's name ("Acme logo Acme Labs"). An image whose alt
 * text names something the words beside it do not ("Python logo" in a row of skills' logos) keeps it.
 */
export function onlyPictures(alt: string, after: string): boolean {
  const words = wordsOf(alt);
  if (!words.some((w) => PICTURE_WORDS.has(w))) return false;
  const named = words.filter((w) => !PICTURE_WORDS.has(w) && !JOINING.has(w));
  const beside = new Set(wordsOf(after));
  return named.every((w) => beside.has(w));
}

/**
 * "Python logo" → "Python", "logo of Rust" → "Rust": what a kept picture's alt text shows, without the words naming the
 * picture at its ends, as a row of skills' logos means the skills; a row of such logos read whole was one skill of
 * them all ("Python logo Docker Go logo").
 */
export function pictureSubject(alt: string): string {
  const words = alt.trim().split(/\s+/);
  const framing = (w: string) => wordsOf(w).every((x) => PICTURE_WORDS.has(x) || JOINING.has(x));
  let from = 0;
  let to = words.length;
  while (from < to && framing(words[from]!)) from++;
  while (to > from && framing(words[to - 1]!)) to--;
  return from < to ? words.slice(from, to).join(" ") : alt;
}

/**
 * '<img src="https://…/icons?i=java,ts,git" alt="MySkills">': one picture of many skills' icons is captioned by what a
 * skills section is titled ("My Skills", "Tech Stack", "Skills"), a caption of the picture that names no skill of them;
 * a single icon's alt text ("React") names its skill. Words run together ("MySkills", "TechStack") are read apart.
 */
export function captionsSkills(alt: string): boolean {
  return classifyTitle(alt.trim().replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")) === "skills";
}

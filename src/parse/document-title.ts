import data from "../extract/vocabulary/document-titles.json" with { type: "json" };
import { cleanTitle } from "./title-text.js";
import { escapeRegExp } from "../extract/word-trie.js";

/**
 * What a CV calls itself at its top ("Curriculum Vitae", "Lebenslauf",
 * "履歴書・職務経歴書"), from src/extract/vocabulary/document-titles.json: such
 * a line titles the document and names neither a person nor a section, unless
 * it carries its owner's name ("Resume of Jane Doe", "이력서_홍길동").
 */
const alternatives = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");

const TITLE = `(?:(?:${alternatives(data.qualifiers)})\\s*){0,2}(?:${alternatives(Object.values(data.titles).flat())})`;
const JOINER = `\\s*(?:${alternatives(data.joiners)})\\s*`;
const WHOLE = new RegExp(`^${TITLE}(?:${JOINER}${TITLE})*$`, "iu");
const OF = alternatives(data.of);
const CJK = "[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}]";
/** The ways a title carries a name, each with the name as its one group. */
const WITH_NAME = [
  new RegExp(`^${TITLE}\\s+(?:${OF})\\s+(.+)$`, "iu"),
  new RegExp(`^${TITLE}\\s*[-–—:：|_]\\s*(.+)$`, "iu"),
  new RegExp(`^(.+?)\\s*[-–—:：|_]\\s*${TITLE}$`, "iu"),
  // "史林的简历", and "Web前端开发-史林的简历" after the post it seeks
  new RegExp(`^(?:.*?[-–—:：|_/]\\s*)?(${CJK}{2,6}?)\\s*的?${TITLE}$`, "iu"),
];
/**
 * "Patrick Doe CV", "Jane Doe's Résumé": a name set before the title with a space alone, as org-mode's `#+TITLE:` and a
 * README's first heading often are. Without a mark between them only capitalised words are taken for a name, so
 * "my updated resume" names no one; whether the words are a person's name the name reader judges.
 */
const SPACED_NAME = new RegExp(`^(.+?)(?:['’]s)?\\s+${TITLE}$`, "iu");
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
/** "(已入职, 不找工作)": a remark in brackets after the title says how the search stands, no part of the name. */
const REMARK = /\s*[(（][^()（）]*[)）]\s*$/u;

/** True when `text` is only what the document calls itself: "CV", "Personal Resume", "個人履歷 - Resume". */
export function isDocumentTitle(text: string): boolean {
  return WHOLE.test(cleanTitle(text));
}

/**
 * The name a document title carries: "Resume of Jane Doe" → "Jane Doe", "张三简历" → "张三"; undefined when it carries
 * none. A name set before the title with a space alone ("Jane Doe CV") is taken only where `isName` accepts it, since
 * "Job Market CV" and "Faculty Application CV" are written so too.
 */
export function nameInDocumentTitle(text: string, isName: (words: string) => boolean = () => true): string | undefined {
  const clean = text.trim().replace(REMARK, "");
  if (isDocumentTitle(clean)) return undefined;
  for (const pattern of WITH_NAME) {
    const name = pattern.exec(clean)?.[1]?.trim();
    if (name && !isDocumentTitle(name)) return name;
  }
  const spaced = SPACED_NAME.exec(clean)?.[1]?.trim();
  return spaced && CAPITALISED_WORDS.test(spaced) && !isDocumentTitle(spaced) && isName(spaced) ? spaced : undefined;
}

/** pdflatex's T1 ligatures by slot, from 27: ff, fi, fl, ffi, ffl. */
const T1_LIGATURES = ["ff", "fi", "fl", "ffi", "ffl"];

/**
 * Unicode clean-up shared by both parsers: ligatures a PDF's text layer leaves
 * (ﬁ → fi) and the full-width forms of ASCII (２０２１, "，", "：") take their
 * plain forms, which every later pattern assumes. Nothing else is folded: "™",
 * "…" and "²" are the user's words and stay as written.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    // glyphs a PDF's font gave no Unicode, which pdftotext copies out by their slot: pdflatex's T1 dashes
    // ("March 2019 \x15 Present") and its bullet (U+0088), where no control character means anything
    .replace(/\u0015/g, "–")
    .replace(/\u0016/g, "—")
    .replace(/[\u0080-\u009F]/g, "•")
    // and its ligatures, which the T1 encoding keeps in slots 27–31 ("Di\x1busion" for "Diffusion", "\x1cchier"): the
    // glyph has no Unicode in a font without a ToUnicode map, so the word would lose its letters; not an escape's
    // ESC ("\x1b[1m"), which a terminal's text keeps before its bracket
    .replace(/\u001B(?!\[)|[\u001C-\u001F]/g, (c) => T1_LIGATURES[c.charCodeAt(0) - 0x1b]!)
    // a hyphen the font calls non-breaking (U+2010, U+2011, as XeLaTeX sets "-" in Source Sans, Awesome-CV's font)
    // between spaces or digits is a range's dash ("May 2020 ‑ Present", "2019‑2021"); within a word it stays
    .replace(/(?<=\s|\d)[\u2010\u2011](?=\s|\d)/g, "-")
    // LaTeX sets "í" as a dotless ı under an accent (\'{\i}, and so does inputenc in an OT1 font), which pdftotext copies
    // out as the pair ("Vı\u0301ctor"): Unicode composes no dotless letter, so the name would keep its stray ı
    .replace(/\u0131(?=[\u0300-\u036F])/g, "i")
    // composed first: text from PDFs and macOS spells "é" as e + U+0301, which no month name or word pattern matches
    .normalize("NFC")
    // "星河科技｜数据部": the full-width bar sets a CJK line's fields apart, as a spaced bar does; its plain form alone would join them
    .replace(/ *\uFF5C */g, " | ")
    // "高级研究工程师，华为香港研究中心": CJK sets no space after its full-width comma and semicolon, where their plain forms
    // set one before a word; without it a header's "Role，Employer" would stay one phrase (before markup, as in "；**",
    // a space would end no emphasis)
    .replace(/([\uFF0C\uFF1B])(?=[\p{L}\p{N}])/gu, "$1 ")
    .replace(/[\uFB00-\uFB06\uFF01-\uFF5E]/g, (c) => c.normalize("NFKC"));
}

const UNTIDY = / {2}|[\t\f\v]/;

/** Collapses runs of spaces and trims; a wide gap aligns a column as a tab does, so it becomes one. */
export function tidySpaces(written: string): string {
  const text = unpaddedLabel(written);
  // most lines have nothing to tidy, and three replacements over every line of a long CV add up
  if (!UNTIDY.test(text)) return text.trim();
  // "2020.01 ~ 현재  네이버  백엔드 개발자": beside CJK text, which sets no two spaces in a sentence, two make a column gap
  return text
    .replace(/ {3,}|(?<=[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]) {2}(?=\S)|(?<=\S) {2}(?=[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])/gu, "\t")
    .replace(/[ \f\v]+/g, " ")
    .replace(/ *\t[ \t]*/g, "\t")
    .trim();
}

/**
 * A short Chinese or Japanese label, the spaces a form may set between its characters and before its colon: one
 * character to each space ("姓 名", "電 話 番 号"), or a run of them with spaces before the colon ("出生年月\t："); not
 * words a space sets apart ("工事担任者 総合種:"), as Japanese may write a name. A Korean form spaces out its labels of
 * two or three syllables so too ("이 름 :", "학 력 :"), where Korean sets a space between words, not between syllables.
 */
const PADDED_LABEL = /^(\s*)(\p{Script=Han}(?:[ \t\u3000]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]){1,5}|\p{Script=Han}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{0,7}|\p{Script=Hangul}(?:[ \t\u3000]+\p{Script=Hangul}){1,4})[ \t\u3000]*(?=[:：])/u;

/**
 * "姓   名\t：李明", "氏　名：山田 太郎": a form spaces out a short label to line its colon up with longer ones ("出生年月："),
 * and no word of these scripts holds a space; that padding is no column gap, and the label is read without it.
 * The line itself is rewritten, as it is shown and cut into cells after this; extract/contacts.ts's foldLabel folds
 * the labels no line opens with (a table's cells, a heading) when it looks them up.
 */
function unpaddedLabel(text: string): string {
  const m = PADDED_LABEL.exec(text);
  if (!m || !/[ \t\u3000]/.test(m[0].slice(m[1]!.length))) return text;
  return `${m[1]}${m[2]!.replace(/[ \t\u3000]+/g, "")}${text.slice(m[0].length)}`;
}

/**
 * Emoji and pictographs with their joiners, variation selectors and skin tones, and other symbols (✉ ☎ ★); before the words,
 * the guillemets and arrows set as bullets too ("#### » Programador", "→ Berlin"). Not the enclosed and squared CJK
 * words (U+3200–U+33FF): "㈜아이티센", "㍿" are a company's legal form written as one character, part of its name.
 */
const DECORATION = /^(?:(?![\u3200-\u33FF])[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\uFE0F\u200D\s]|[»›→⇒↳](?=\s))+|(?:(?![\u3200-\u33FF])[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\uFE0F\u200D\s])+$/gu;

const DECORATION_CHAR = /^(?:(?![\u3200-\u33FF])[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\uFE0F\u200D\s]|[»›→⇒↳])$/u;

/** "💼 Experience" → "Experience", "📍 Lagos, Nigeria" → "Lagos, Nigeria": the icons a README puts before words. */
export function withoutDecoration(text: string): string {
  // most texts neither start nor end with one, and the pattern tries its second half at every character before it fails
  if (!DECORATION_CHAR.test(firstChar(text)) && !DECORATION_CHAR.test(lastChar(text))) return text;
  return text.replace(DECORATION, "");
}

const firstChar = (text: string) => (text ? String.fromCodePoint(text.codePointAt(0)!) : "");

function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const high = text.charCodeAt(text.length - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? -2 : -1);
}

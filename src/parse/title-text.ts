import { EMOJI_SHORTCODE } from "./emoji-shortcodes.js";
import { withoutDecoration } from "./normalize.js";

/**
 * "💼 1. Experience:", "== SKILLS ==", "**II. Education**", "Top Skills (on LinkedIn)",
 * "Experience :office:" → the words of the title: icons (drawn or as GitHub's
 * emoji shortcodes), private-use glyphs (a PDF's icon font), numbering, markup
 * and a trailing colon or parenthetical say nothing about what a section holds.
 */
export function cleanTitle(title: string): string {
  return withoutDecoration(title.replace(/\p{Co}/gu, "").replace(EMOJI_SHORTCODE, " "))
    .replace(/[*_#=~`]+/g, " ")
    .replace(/^[\s\-–—•·|]+|[\s\-–—•·|:：]+$/g, "")
    .replace(/^(?:\d{1,2}|[IVX]{1,4}|[ivx]{1,4})[.)．]\s*(?=\p{L})/u, "")
    .replace(/^0?\d\s+(?=\p{L})/u, "")
    .replace(/^[一二三四五六七八九十]+[、.．]\s*/u, "")
    .replace(/\s*[(（[][^)）\]]*[)）\]]$/u, "")
    .replace(/[:：]$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

const ASCII = /^[\x00-\x7f]*$/;
const LETTERS: Record<string, string> = { ł: "l", đ: "d", ø: "o", ı: "i", ß: "ss", æ: "ae", œ: "oe" };

/**
 * The form titles are compared in: case folded, Latin letters without their
 * accents (a CV may write "Educacion" or "Experiencia profesional" either way),
 * Greek letters without theirs (a title in capitals drops them: "ΣΠΟΥΔΕΣ" is
 * "Σπουδές"), hyphens as spaces ("Open-Source"). Marks on other scripts stay:
 * й and が are letters of their own.
 */
export function foldTitle(text: string): string {
  // most titles, and the vocabulary's thousands folded as the CLI starts, are ASCII, which no normalisation changes
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .normalize("NFD")
    .replace(/([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu, "$1")
    .normalize("NFC")
    .replace(/[łđøıßæœ]/g, (c) => LETTERS[c]!)
    .replace(/[-‐‑_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

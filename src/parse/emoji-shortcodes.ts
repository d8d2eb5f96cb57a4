import type { Nodes, Root } from "mdast";
import emojiNames from "./emoji-names.json" with { type: "json" };

/**
 * ":hammer_and_wrench:", ":telescope:", ":mailbox:": GitHub's shortcode for an emoji, set apart by spaces or at a
 * text's ends (a time "10:30:00" or a URL has no such word between its colons), or run into the words after it
 * (":email:邮箱：…", ":computer:GitHub 主页"), as Chinese, Japanese and Korean set no space between an icon and its label. Section titles drop one
 * (title-text.ts) in a plain-text source too, where nothing draws it.
 */
export const EMOJI_SHORTCODE = /(?<=^|[\s>(])(:[a-z0-9][a-z0-9_+-]{1,40}:)(?=$|[\s<),.!]|\p{L})/gmu;

/** GitHub's emoji by name ("telescope": 🔭). */
const EMOJI = new Map(Object.entries(emojiNames.emoji));

/**
 * Writes the emoji shortcodes of a profile README's text as the emoji GitHub draws for them ("### :hammer_and_wrench:
 * Languages and Tools" shows 🛠️ before its title; scripts/emoji-names.mjs takes GitHub's names from gemoji), so that they are read as the icons
 * they are, set before a section's title or a line's words, not as words, and print as the page showed them. A name
 * GitHub does not know stays as written.
 */
export function drawEmojiShortcodes(root: Root): Root {
  const visit = (node: Nodes) => {
    if ((node.type === "text" || node.type === "html") && node.value.includes(":")) node.value = node.value.replace(EMOJI_SHORTCODE, (code: string) => EMOJI.get(code.slice(1, -1)) ?? code);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return root;
}

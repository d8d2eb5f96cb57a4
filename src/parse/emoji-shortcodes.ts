import type { Nodes, Root } from "mdast";

/**
 * ":hammer_and_wrench:", ":telescope:", ":mailbox:": GitHub's shortcode for an emoji, set apart by spaces or at a
 * text's ends (a time "10:30:00" or a URL has no such word between its colons).
 */
const SHORTCODE = /(?<=^|[\s>(])(:[a-z0-9][a-z0-9_+-]{1,40}:)(?=$|[\s<),.!])/gm;

/** What a shortcode stands for here: a pictograph like any other icon a README sets before its words. */
const ICON = "\u25AB";

/**
 * Writes the emoji shortcodes of a profile README's text as the icon GitHub draws for them ("### :hammer_and_wrench:
 * Languages and Tools" shows a hammer and wrench before its title), so that they are read as the icons they are, set
 * before a section's title or a line's words, not as words.
 */
export function drawEmojiShortcodes(root: Root): Root {
  const visit = (node: Nodes) => {
    if ((node.type === "text" || node.type === "html") && node.value.includes(":")) node.value = node.value.replace(SHORTCODE, ICON);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return root;
}

/**
 * Writes src/parse/emoji-names.json: each name GitHub gives an emoji (its
 * shortcode without the colons, from gemoji), with the emoji. Generated here,
 * not imported at run time, because gemoji's module also holds every emoji's
 * tags, description and category, five times the data, all built into objects
 * at every start of the CLI.
 *
 *   node scripts/emoji-names.mjs
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { nameToEmoji } from "gemoji";

const { version } = createRequire(import.meta.url)("gemoji/package.json");
const names = Object.fromEntries(Object.entries(nameToEmoji).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(new URL("../src/parse/emoji-names.json", import.meta.url), `{\n  "gemoji": ${JSON.stringify(version)},\n  "emoji": ${JSON.stringify(names)}\n}\n`);

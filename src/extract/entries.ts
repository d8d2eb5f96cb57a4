/** Entries of a section: the layout inference lives in layout/; this is the name the readers import. */
export { isTitleLike, type Entry, type SplitEntries } from "./layout/lines.js";
export { splitEntries } from "./layout/split-entries.js";
